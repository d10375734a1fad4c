package com.allocar.payment.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** XOF has no minor unit: amounts are whole francs, stored as NUMERIC(12,2). */
public final class Money {

    private Money() {
    }

    public static BigDecimal xof(BigDecimal v) {
        return v.setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }
}
