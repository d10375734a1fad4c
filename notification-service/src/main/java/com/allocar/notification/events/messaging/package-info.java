/** The owners' events as notification-service reads them (own payload records), each handled once through the inbox. */
package com.allocar.notification.events.messaging;
