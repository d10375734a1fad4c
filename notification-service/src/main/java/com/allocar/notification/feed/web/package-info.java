/** HTTP: {@code /me/notifications} and {@code /me/notifications/read}. */
package com.allocar.notification.feed.web;
