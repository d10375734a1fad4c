package com.allocar.payment.refund;

import java.util.Arrays;
import java.util.Optional;

import com.allocar.platform.lifecycle.Lifecycle;

/**
 * Why booking-service asked for a refund ({@code refund.requested}'s {@code reason}, ADR 006), as payment reads it.
 * {@link #UNSPECIFIED} is ours: a request without a reason.
 */
public enum RefundReason {
    PASSENGER_CANCELLED, DRIVER_CANCELLED, TRIP_CANCELLED, NO_SHOW, ADMIN, LATE_PAYMENT, UNSPECIFIED;

    public String wire() {
        return Lifecycle.wire(this);
    }

    /** The reason of a wire name; empty for a name booking-service added after this version. */
    public static Optional<RefundReason> fromWire(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(wire)).findFirst();
    }
}
