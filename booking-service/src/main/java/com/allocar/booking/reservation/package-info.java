/** Bookings: the aggregate, its lifecycle and events, and one use case per request or saga reply. */
package com.allocar.booking.reservation;
