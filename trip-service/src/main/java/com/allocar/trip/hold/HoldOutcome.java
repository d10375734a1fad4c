package com.allocar.trip.hold;

/**
 * A hold and the seats left on its trip.
 *
 * @param created false when nothing changed: the booking already had this hold, or it already was in the state asked
 */
public record HoldOutcome(SeatHold hold, int seatsAvailable, boolean created) {
}
