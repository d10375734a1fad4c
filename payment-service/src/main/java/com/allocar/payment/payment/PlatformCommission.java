package com.allocar.payment.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the driver does not get of a booking payment: the platform commission (admin settings "frais plateforme
 * (% + fixe)", on the booking price before any promo — the platform funds promos) and the provider's fee
 * (% of what the payer really paid). XOF has no decimals: every amount is rounded half-up to the franc,
 * and the commission never exceeds the price.
 */
public final class PlatformCommission {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PlatformCommission() {
    }

    public static BigDecimal commission(BigDecimal bookingAmount, BigDecimal percent, BigDecimal fixed) {
        BigDecimal c = bookingAmount.multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).add(fixed);
        return xof(c.min(bookingAmount).max(BigDecimal.ZERO));
    }

    public static BigDecimal providerFee(BigDecimal paid, BigDecimal percent) {
        if (percent == null || percent.signum() <= 0) {
            return xof(BigDecimal.ZERO);
        }
        return xof(paid.multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP));
    }

    public static BigDecimal xof(BigDecimal v) {
        return com.allocar.payment.support.Money.xof(v);
    }
}
