package com.allocar.booking.cancellation.domain;

import com.allocar.booking.api.RefundReason;

/**
 * A staff member called the whole trip off (moderation): every passenger gets everything back, whenever it happens, and
 * the driver is not penalised — the decision was not theirs. Passengers are told their trip was cancelled.
 */
public final class StaffTripCancellationFullRefund implements CancellationRule {

    @Override
    public boolean appliesTo(CancellationCase c) {
        return c.initiator() == Initiator.STAFF_TRIP_CANCELLATION;
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        return CancellationOutcome.fullRefund(c, RefundReason.TRIP_CANCELLED, getClass().getSimpleName());
    }
}
