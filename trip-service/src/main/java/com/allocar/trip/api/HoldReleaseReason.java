package com.allocar.trip.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why a seat hold gave its seats back ({@code release_reason}): booking-service's cancellation reasons, sent in
 * {@code POST /internal/holds/{id}/release}, and trip-service's own (trip cancelled or deleted, hold expired).
 */
public enum HoldReleaseReason {
    /** No reason given, or one this service does not know. */
    RELEASED,
    BOOKING_CANCELLED,
    BOOKING_NOT_CREATED,
    PASSENGER_CANCELLED,
    DRIVER_CANCELLED,
    REJECTED,
    HOLD_EXPIRED,
    NO_SHOW,
    TRIP_CANCELLED,
    TRIP_DELETED,
    TRIP_COMPLETED,
    /** Not paid in time (the expiry job). */
    EXPIRED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The reason a caller sent. The body has always accepted any short text, so an unknown one is not refused: the hold
     * is released all the same, as {@link #RELEASED}.
     */
    public static HoldReleaseReason of(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(wire)).findFirst().orElse(RELEASED);
    }
}
