/** The client of trip-service's internal API (seat holds, trip facts, ride start and end). */
package com.allocar.booking.trip;
