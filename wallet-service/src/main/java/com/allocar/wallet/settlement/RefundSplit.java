package com.allocar.wallet.settlement;

import java.math.BigDecimal;

/**
 * Who gives back a refunded amount (ADR 006: "the driver's earning for the booking is reduced by the refunded share").
 * The driver's earning of the booking pays first, up to all of it; what it cannot cover (the commission part of a full
 * refund) is the platform's. A still-pending earning is reduced before an already-settled one, so a driver is only
 * pushed into a reversal debit when the money was already withdrawable.
 *
 * @param fromPending taken from the pending earning (which is cancelled; its remainder is re-credited)
 * @param fromSettled taken back from settled earnings (a reversal debit)
 * @param fromPlatform the platform's share (a reversal debit of the platform wallet)
 * @param pendingRemainder what the driver keeps of the pending earning (e.g. the late-cancellation fee)
 */
public record RefundSplit(BigDecimal fromPending, BigDecimal fromSettled, BigDecimal fromPlatform, BigDecimal pendingRemainder) {

    public static RefundSplit of(BigDecimal refund, BigDecimal pendingEarning, BigDecimal settledEarning) {
        if (refund.signum() <= 0) {
            throw new IllegalArgumentException("refund must be positive");
        }
        BigDecimal fromPending = refund.min(pendingEarning);
        BigDecimal fromSettled = refund.subtract(fromPending).min(settledEarning);
        BigDecimal fromPlatform = refund.subtract(fromPending).subtract(fromSettled);
        return new RefundSplit(fromPending, fromSettled, fromPlatform, pendingEarning.subtract(fromPending));
    }
}
