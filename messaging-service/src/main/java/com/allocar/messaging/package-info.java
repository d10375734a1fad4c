/** messaging-service: the chat between a booking's passenger and driver (REST and WebSocket) and the driver's live location. */
package com.allocar.messaging;
