package com.allocar.booking.dispute;

import com.allocar.booking.reservation.Booking;

/** A dispute as staff judge it: with the booking it is about (who travelled, what was paid, where the booking stands). */
public record DisputeCase(Dispute dispute, Booking booking) {
}
