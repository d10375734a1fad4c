package com.allocar.booking.cancellation.domain;

import com.allocar.booking.api.RefundReason;

/** A driver cancelling a booking (or the whole trip) X h or more before departure: full refund, no penalty. */
public final class DriverEarlyCancellationFullRefund implements CancellationRule {

    private final CancellationSettings settings;

    public DriverEarlyCancellationFullRefund(CancellationSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean appliesTo(CancellationCase c) {
        return (c.initiator() == Initiator.DRIVER || c.initiator() == Initiator.TRIP_CANCELLED)
                && !c.lessThanBeforeDeparture(settings.driverLateWindow());
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        return CancellationOutcome.fullRefund(c, reason(c), getClass().getSimpleName());
    }

    static RefundReason reason(CancellationCase c) {
        return c.initiator() == Initiator.TRIP_CANCELLED ? RefundReason.TRIP_CANCELLED : RefundReason.DRIVER_CANCELLED;
    }
}
