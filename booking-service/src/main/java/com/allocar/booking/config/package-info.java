/** booking-service's settings and beans (cancellation rules, the Kafka error handler). */
package com.allocar.booking.config;
