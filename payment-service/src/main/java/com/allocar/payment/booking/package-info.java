/** What payment knows of bookings: the view fed by booking.bookings and booking-service's internal API behind it. */
package com.allocar.payment.booking;
