package com.allocar.booking.trip;

import java.util.Locale;

/** Why booking-service gives a hold's seats back ({@code POST /internal/holds/{id}/release}), in trip-service's wire names. */
public enum HoldReleaseReason {
    BOOKING_CANCELLED,
    BOOKING_NOT_CREATED,
    PASSENGER_CANCELLED,
    DRIVER_CANCELLED,
    REJECTED,
    HOLD_EXPIRED,
    NO_SHOW,
    TRIP_CANCELLED,
    TRIP_DELETED,
    TRIP_COMPLETED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
