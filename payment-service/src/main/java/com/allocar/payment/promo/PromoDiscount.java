package com.allocar.payment.promo;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.allocar.payment.support.Money;

/**
 * The discount a promo gives on a price: a fixed amount or a percentage, rounded to the franc, and never so large
 * that less than {@link #MIN_CHARGE} is left to pay (mobile-money providers refuse a zero charge).
 */
public final class PromoDiscount {

    public static final BigDecimal MIN_CHARGE = new BigDecimal("100.00");

    private PromoDiscount() {
    }

    public static BigDecimal of(PromoType type, BigDecimal value, BigDecimal price) {
        BigDecimal raw = switch (type) {
            case AMOUNT -> value;
            case PERCENT -> price.multiply(value).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        };
        BigDecimal cap = price.subtract(MIN_CHARGE).max(BigDecimal.ZERO);
        return Money.xof(raw.min(cap).max(BigDecimal.ZERO));
    }

    public enum PromoType {
        AMOUNT, PERCENT
    }
}
