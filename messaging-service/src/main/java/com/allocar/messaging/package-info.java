/** messaging-service: the chat between a booking's passenger and driver (REST slice; WebSocket and driver location later). */
package com.allocar.messaging;
