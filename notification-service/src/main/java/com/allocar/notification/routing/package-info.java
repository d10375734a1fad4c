/** The one table of what is sent to whom by which channels ({@link com.allocar.notification.routing.NotificationRules}), from facts. */
package com.allocar.notification.routing;
