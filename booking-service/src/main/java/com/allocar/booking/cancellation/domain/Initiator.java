package com.allocar.booking.cancellation.domain;

/** Why a booking is being cancelled, as far as the rules care. */
public enum Initiator {
    /** The passenger cancels their booking. */
    PASSENGER,
    /** The driver cancels (or rejects) one booking. */
    DRIVER,
    /** The driver called the whole trip off. */
    TRIP_CANCELLED,
    /** A staff member called the whole trip off (moderation): not the driver's doing, so never the driver's penalty. */
    STAFF_TRIP_CANCELLATION,
    /** A staff member cancelled this booking (arbitration), naming how much of what was paid goes back. */
    STAFF_ARBITRATION,
    /** The ride ended and the passenger never checked in. */
    NO_SHOW,
    /** Nobody's fault: the hold expired, the trip completed without it. */
    SYSTEM,
    /** Not a cancellation: a payment arrived for a booking that cannot take it (cancelled, expired, not accepted). */
    LATE_PAYMENT
}
