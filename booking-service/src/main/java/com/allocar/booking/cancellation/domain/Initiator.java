package com.allocar.booking.cancellation.domain;

/** Why a booking is being cancelled, as far as the rules care. */
public enum Initiator {
    /** The passenger cancels their booking. */
    PASSENGER,
    /** The driver cancels (or rejects) one booking. */
    DRIVER,
    /** The driver (or an admin) called the whole trip off. */
    TRIP_CANCELLED,
    /** The ride ended and the passenger never checked in. */
    NO_SHOW,
    /** Nobody's fault: the hold expired, the trip completed without it, an admin decision. */
    SYSTEM,
    /** Not a cancellation: a payment arrived for a booking that cannot take it (cancelled, expired, not accepted). */
    LATE_PAYMENT
}
