/** booking-service's published contract: event types, their payloads and the internal API's records. */
package com.allocar.booking.api;
