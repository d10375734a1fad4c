package com.allocar.payment.refund;

import java.math.BigDecimal;

/**
 * Where a refund goes (ADR 006): a full refund of a provider payment goes back through the provider; a partial
 * refund (a cancellation fee was withheld), any refund of a wallet payment, and refunds of providers without a
 * refund API (Orange WebPay, MTN collection) go to the passenger's wallet.
 * The refund never exceeds what the payer really paid (a promo discount is not refunded in cash).
 */
public final class RefundPolicy {

    public enum Destination {
        PROVIDER, WALLET;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Decision(Destination destination, BigDecimal amount) {
    }

    private RefundPolicy() {
    }

    /**
     * @param paid         what the payer paid (payment amount)
     * @param alreadyBack  what earlier refunds gave back
     * @param requested    booking-service's refund_amount
     * @param fee          booking-service's fee_amount (withheld)
     * @param providerCanRefund the payment went through a provider with a refund API (not the wallet, not Orange/MTN)
     */
    public static Decision decide(BigDecimal paid, BigDecimal alreadyBack, BigDecimal requested, BigDecimal fee, boolean providerCanRefund) {
        BigDecimal refundable = paid.subtract(alreadyBack).max(BigDecimal.ZERO);
        BigDecimal amount = requested.min(refundable).max(BigDecimal.ZERO);
        boolean full = fee.signum() == 0 && alreadyBack.signum() == 0 && amount.compareTo(paid) == 0;
        return new Decision(full && providerCanRefund ? Destination.PROVIDER : Destination.WALLET, amount);
    }
}
