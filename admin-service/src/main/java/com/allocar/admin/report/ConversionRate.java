package com.allocar.admin.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What share of {@code from} became {@code to}, in % with two decimals (half up): none when nothing could convert — a
 * day without searches has no conversion, not a 0 % one.
 */
final class ConversionRate {

    private ConversionRate() {
    }

    static BigDecimal percent(long to, long from) {
        return from == 0 ? null : BigDecimal.valueOf(to).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(from), 2, RoundingMode.HALF_UP);
    }
}
