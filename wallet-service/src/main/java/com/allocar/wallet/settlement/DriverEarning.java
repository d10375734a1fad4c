package com.allocar.wallet.settlement;

import java.math.BigDecimal;

/**
 * What the driver earns from a paid booking (ADR 006): amount + discount − commission − provider_fee. The payer paid
 * {@code amount}; the platform funds the promo {@code discount}; the commission is the platform's, the fee the provider's.
 */
public final class DriverEarning {

    private DriverEarning() {
    }

    /** Never negative: a commission above the price leaves the driver nothing, not a debt. */
    public static BigDecimal of(BigDecimal amount, BigDecimal discount, BigDecimal commission, BigDecimal providerFee) {
        return amount.add(zeroIfNull(discount)).subtract(zeroIfNull(commission)).subtract(zeroIfNull(providerFee)).max(BigDecimal.ZERO);
    }

    static BigDecimal zeroIfNull(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
