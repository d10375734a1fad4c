/** Listens to booking.bookings to keep the booking view current. */
package com.allocar.payment.booking.messaging;
