package com.allocar.payment.payment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformCommissionTest {

    @Test
    void commissionIsPercentPlusFixedRoundedToTheFranc() {
        assertThat(PlatformCommission.commission(new BigDecimal("12000"), BigDecimal.TEN, new BigDecimal("100"))).isEqualByComparingTo("1300");
        assertThat(PlatformCommission.commission(new BigDecimal("1005"), BigDecimal.TEN, BigDecimal.ZERO)).isEqualByComparingTo("101"); // 100.5 half-up
        assertThat(PlatformCommission.commission(new BigDecimal("1004"), BigDecimal.TEN, BigDecimal.ZERO)).isEqualByComparingTo("100");
    }

    @Test
    void commissionNeverExceedsThePrice() {
        assertThat(PlatformCommission.commission(new BigDecimal("150"), BigDecimal.TEN, new BigDecimal("500"))).isEqualByComparingTo("150");
    }

    @Test
    void providerFeeIsAPercentOfWhatWasPaidAndZeroWithoutASetting() {
        assertThat(PlatformCommission.providerFee(new BigDecimal("12000"), BigDecimal.ONE)).isEqualByComparingTo("120");
        assertThat(PlatformCommission.providerFee(new BigDecimal("12000"), new BigDecimal("1.5"))).isEqualByComparingTo("180");
        assertThat(PlatformCommission.providerFee(new BigDecimal("12000"), null)).isEqualByComparingTo("0");
        assertThat(PlatformCommission.providerFee(new BigDecimal("12000"), BigDecimal.ZERO).scale()).isEqualTo(2);
    }
}
