package com.allocar.booking.api;

import java.util.Locale;

/** Why money goes back ({@code refund.requested.reason}), as payment-service reads it. */
public enum RefundReason {
    PASSENGER_CANCELLED, DRIVER_CANCELLED, TRIP_CANCELLED, NO_SHOW, ADMIN, LATE_PAYMENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
