package com.allocar.payment.promo;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static com.allocar.payment.promo.PromoDiscount.PromoType.AMOUNT;
import static com.allocar.payment.promo.PromoDiscount.PromoType.PERCENT;
import static org.assertj.core.api.Assertions.assertThat;

class PromoDiscountTest {

    @Test
    void amountAndPercentDiscounts() {
        assertThat(PromoDiscount.of(AMOUNT, new BigDecimal("1000"), new BigDecimal("12000"))).isEqualByComparingTo("1000");
        assertThat(PromoDiscount.of(PERCENT, new BigDecimal("15"), new BigDecimal("12000"))).isEqualByComparingTo("1800");
        assertThat(PromoDiscount.of(PERCENT, new BigDecimal("10"), new BigDecimal("1005"))).isEqualByComparingTo("101");
    }

    @Test
    void aDiscountAlwaysLeavesTheMinimumCharge() {
        assertThat(PromoDiscount.of(AMOUNT, new BigDecimal("20000"), new BigDecimal("12000"))).isEqualByComparingTo("11900");
        assertThat(PromoDiscount.of(PERCENT, new BigDecimal("100"), new BigDecimal("5000"))).isEqualByComparingTo("4900");
        assertThat(PromoDiscount.of(AMOUNT, new BigDecimal("50"), new BigDecimal("80"))).isEqualByComparingTo("0");
    }
}
