package com.allocar.booking.cancellation.domain;

import com.allocar.booking.api.RefundReason;

/** The ride ended and the passenger never checked in: Z % of what they paid is kept, the rest refunded. */
public final class NoShowFee implements CancellationRule {

    private final CancellationSettings settings;

    public NoShowFee(CancellationSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean appliesTo(CancellationCase c) {
        return c.initiator() == Initiator.NO_SHOW;
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        return CancellationOutcome.feeOf(c, settings.noShowFeePercent(), RefundReason.NO_SHOW, getClass().getSimpleName());
    }
}
