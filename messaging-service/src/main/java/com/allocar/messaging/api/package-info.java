/** messaging-service's published contract: the event types, their payloads and the enums that cross the boundary. */
package com.allocar.messaging.api;
