package com.allocar.booking.cancellation.domain;

import java.util.Optional;

/**
 * A driver cancelling a booking they had accepted (or the whole trip) less than X h before departure: the passenger
 * is refunded in full, the driver loses score points and a fine (a share of the booking's amount) is held from their
 * future payouts. A booking still waiting for the driver's answer carries no promise, so no penalty.
 */
public final class DriverLateCancellationPenalty implements CancellationRule {

    private final CancellationSettings settings;

    public DriverLateCancellationPenalty(CancellationSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean appliesTo(CancellationCase c) {
        return (c.initiator() == Initiator.DRIVER || c.initiator() == Initiator.TRIP_CANCELLED)
                && c.lessThanBeforeDeparture(settings.driverLateWindow());
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        CancellationOutcome refund = CancellationOutcome.fullRefund(c, DriverEarlyCancellationFullRefund.reason(c), getClass().getSimpleName());
        if (!c.committed()) {
            return refund;
        }
        Penalty penalty = new Penalty(CancellationOutcome.percentOf(c.amountTotal(), settings.driverLateFinePercent()),
                settings.driverLateScorePoints());
        return new CancellationOutcome(refund.refund(), refund.fee(), refund.refundReason(), Optional.of(penalty), refund.rule());
    }
}
