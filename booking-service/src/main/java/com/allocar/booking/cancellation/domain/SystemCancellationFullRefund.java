package com.allocar.booking.cancellation.domain;

import com.allocar.booking.api.RefundReason;

/** Nobody's fault (hold expired, the trip completed without it): everything paid goes back. */
public final class SystemCancellationFullRefund implements CancellationRule {

    @Override
    public boolean appliesTo(CancellationCase c) {
        return c.initiator() == Initiator.SYSTEM;
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        return CancellationOutcome.fullRefund(c, RefundReason.ADMIN, getClass().getSimpleName());
    }
}
