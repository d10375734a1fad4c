/** HTTP: {@code /me/notification-preferences}. */
package com.allocar.notification.preference.web;
