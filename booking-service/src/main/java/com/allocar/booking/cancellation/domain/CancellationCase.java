package com.allocar.booking.cancellation.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One cancellation to decide.
 *
 * @param amountPaid       what the passenger paid (0 when the booking was not paid)
 * @param amountTotal      the booking's price (the driver's fine is a share of it)
 * @param committed        the driver had accepted the booking (accepted or paid): a driver cancelling it breaks a promise
 * @param arbitratedRefund what a staff member decided to give back ({@link Initiator#STAFF_ARBITRATION} only, else null)
 */
public record CancellationCase(Initiator initiator, BigDecimal amountPaid, BigDecimal amountTotal, boolean committed,
                               Instant departureTime, Instant now, BigDecimal arbitratedRefund) {

    /** A case the rules decide alone: nobody named the refund. */
    public CancellationCase(Initiator initiator, BigDecimal amountPaid, BigDecimal amountTotal, boolean committed, Instant departureTime,
                            Instant now) {
        this(initiator, amountPaid, amountTotal, committed, departureTime, now, null);
    }

    /** Time left before departure (negative once departed). */
    public Duration beforeDeparture() {
        return Duration.between(now, departureTime);
    }

    /** Strictly less than {@code window} before departure ("annule &lt; X h"). */
    public boolean lessThanBeforeDeparture(Duration window) {
        return beforeDeparture().compareTo(window) < 0;
    }
}
