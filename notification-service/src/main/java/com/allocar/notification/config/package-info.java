/** Settings of notification-service ({@code allocar.notification.*}). */
package com.allocar.notification.config;
