/** The saga's inbound side: payment-service's replies and trip-service's events, read off Kafka. */
package com.allocar.booking.reservation.messaging;
