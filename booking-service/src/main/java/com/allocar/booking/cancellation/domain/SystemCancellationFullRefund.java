package com.allocar.booking.cancellation.domain;

/** Nobody's fault (hold expired, a payment that came too late, an admin's decision): everything paid goes back. */
public final class SystemCancellationFullRefund implements CancellationRule {

    @Override
    public boolean appliesTo(CancellationCase c) {
        return c.initiator() == Initiator.SYSTEM;
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        return CancellationOutcome.fullRefund(c, "admin", getClass().getSimpleName());
    }
}
