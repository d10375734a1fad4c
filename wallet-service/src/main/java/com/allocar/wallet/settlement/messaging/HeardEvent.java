package com.allocar.wallet.settlement.messaging;

import java.util.Arrays;
import java.util.Optional;

/** The other services' event types the settlement listeners apply (ADR 006); every other type is ignored. */
enum HeardEvent {
    PAYMENT_SUCCEEDED("payment.succeeded"),
    PAYMENT_REFUNDED("payment.refunded"),
    PAYOUT_COMPLETED("payout.completed"),
    PAYOUT_FAILED("payout.failed"),
    BOOKING_COMPLETED("booking.completed"),
    DRIVER_PENALIZED("driver.penalized");

    private final String wire;

    HeardEvent(String wire) {
        this.wire = wire;
    }

    static Optional<HeardEvent> of(String type) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(type)).findFirst();
    }
}
