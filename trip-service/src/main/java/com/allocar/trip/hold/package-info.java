/** Seat holds: seats taken for a booking until it is paid, released or expired, so a trip is never oversold. */
package com.allocar.trip.hold;
