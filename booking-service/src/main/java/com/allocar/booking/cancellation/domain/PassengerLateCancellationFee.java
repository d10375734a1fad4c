package com.allocar.booking.cancellation.domain;

import com.allocar.booking.api.RefundReason;

/**
 * A passenger cancelling less than X h before departure (or after it) pays Y % of what they paid; the rest is
 * refunded. The spec's "priorité wallet" is payment-service's business: partial refunds go to the wallet (ADR 006).
 */
public final class PassengerLateCancellationFee implements CancellationRule {

    private final CancellationSettings settings;

    public PassengerLateCancellationFee(CancellationSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean appliesTo(CancellationCase c) {
        return c.initiator() == Initiator.PASSENGER && c.lessThanBeforeDeparture(settings.passengerLateWindow());
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        return CancellationOutcome.feeOf(c, settings.passengerLateFeePercent(), RefundReason.PASSENGER_CANCELLED, getClass().getSimpleName());
    }
}
