/** messaging-service's settings ({@code allocar.messaging.*}). */
package com.allocar.messaging.config;
