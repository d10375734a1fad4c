package com.allocar.booking.reservation;

import java.util.Arrays;
import java.util.Locale;

import com.allocar.booking.trip.HoldReleaseReason;

/** Why a booking was cancelled ({@code bookings.cancel_reason}, lower-case on the wire and in the database). */
public enum CancelReason {
    PASSENGER_CANCELLED(HoldReleaseReason.PASSENGER_CANCELLED),
    DRIVER_CANCELLED(HoldReleaseReason.DRIVER_CANCELLED),
    /** The driver turned a pending booking down (does not count against the passenger's unpaid limit). */
    REJECTED(HoldReleaseReason.REJECTED),
    HOLD_EXPIRED(HoldReleaseReason.HOLD_EXPIRED),
    NO_SHOW(HoldReleaseReason.NO_SHOW),
    TRIP_CANCELLED(HoldReleaseReason.TRIP_CANCELLED),
    TRIP_DELETED(HoldReleaseReason.TRIP_DELETED),
    /** The ride ended before this booking was paid. */
    TRIP_COMPLETED(HoldReleaseReason.TRIP_COMPLETED),
    /** A staff member cancelled it, settling a case (the refund is theirs to name). */
    ARBITRATION(HoldReleaseReason.BOOKING_CANCELLED);

    private final HoldReleaseReason holdRelease;

    CancelReason(HoldReleaseReason holdRelease) {
        this.holdRelease = holdRelease;
    }

    /** What trip-service is told when the seats go back. */
    public HoldReleaseReason holdRelease() {
        return holdRelease;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CancelReason fromWire(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cancel reason " + wire));
    }
}
