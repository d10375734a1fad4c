package com.allocar.booking.cancellation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.allocar.booking.api.RefundReason;

/**
 * The decision: how much of what was paid goes back, the fee kept, the refund reason of ADR 006 and the driver's
 * penalty if any. {@code refund + fee = amount paid}.
 *
 * @param rule the simple name of the rule that decided (kept in booking_events)
 */
public record CancellationOutcome(BigDecimal refund, BigDecimal fee, RefundReason refundReason, Optional<Penalty> penalty, String rule) {

    static CancellationOutcome fullRefund(CancellationCase c, RefundReason reason, String rule) {
        return new CancellationOutcome(money(c.amountPaid()), money(BigDecimal.ZERO), reason, Optional.empty(), rule);
    }

    /** Keeps {@code percent} % of what was paid (XOF has no minor unit: whole francs, half up). */
    static CancellationOutcome feeOf(CancellationCase c, BigDecimal percent, RefundReason reason, String rule) {
        BigDecimal fee = percentOf(c.amountPaid(), percent);
        return new CancellationOutcome(money(c.amountPaid().subtract(fee)), fee, reason, Optional.empty(), rule);
    }

    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public boolean refundsSomething() {
        return refund.signum() > 0 || fee.signum() > 0;
    }
}
