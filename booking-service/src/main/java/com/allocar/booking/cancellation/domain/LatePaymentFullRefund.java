package com.allocar.booking.cancellation.domain;

import com.allocar.booking.api.RefundReason;

/**
 * A payment that arrived for a booking that cannot take it (cancelled or expired meanwhile, never accepted, a second
 * payment): all of it goes back, no fee — the passenger got nothing for it.
 */
public final class LatePaymentFullRefund implements CancellationRule {

    @Override
    public boolean appliesTo(CancellationCase c) {
        return c.initiator() == Initiator.LATE_PAYMENT;
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        return CancellationOutcome.fullRefund(c, RefundReason.LATE_PAYMENT, getClass().getSimpleName());
    }
}
