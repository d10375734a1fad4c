package com.allocar.booking.cancellation.domain;

import com.allocar.booking.api.RefundReason;

/** A passenger cancelling X h or more before departure gets everything back. */
public final class PassengerEarlyCancellationFullRefund implements CancellationRule {

    private final CancellationSettings settings;

    public PassengerEarlyCancellationFullRefund(CancellationSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean appliesTo(CancellationCase c) {
        return c.initiator() == Initiator.PASSENGER && !c.lessThanBeforeDeparture(settings.passengerLateWindow());
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        return CancellationOutcome.fullRefund(c, RefundReason.PASSENGER_CANCELLED, getClass().getSimpleName());
    }
}
