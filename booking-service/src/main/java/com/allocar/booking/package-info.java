/** booking-service: seat bookings, the booking → payment saga, check-in, cancellations, ratings and disputes. */
package com.allocar.booking;
