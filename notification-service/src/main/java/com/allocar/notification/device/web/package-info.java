/** HTTP: {@code /me/devices}. */
package com.allocar.notification.device.web;
