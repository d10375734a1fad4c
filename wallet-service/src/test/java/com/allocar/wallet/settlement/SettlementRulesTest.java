package com.allocar.wallet.settlement;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettlementRulesTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void driverEarningIsAmountPlusDiscountMinusCommissionAndFee() {
        assertThat(DriverEarning.of(d("6000"), d("0"), d("600"), d("60"))).isEqualByComparingTo("5340");
        // the platform funds the promo discount: the driver earns on the full price
        assertThat(DriverEarning.of(d("5000"), d("1000"), d("600"), d("50"))).isEqualByComparingTo("5350");
        assertThat(DriverEarning.of(d("6000"), null, null, null)).isEqualByComparingTo("6000");
        // never a debt
        assertThat(DriverEarning.of(d("100"), d("0"), d("150"), d("0"))).isEqualByComparingTo("0");
    }

    @Test
    void aFullRefundOfAPendingEarningTakesAllOfItAndThePlatformPaysTheRest() {
        RefundSplit s = RefundSplit.of(d("6000"), d("5340"), d("0"));
        assertThat(s.fromPending()).isEqualByComparingTo("5340");
        assertThat(s.pendingRemainder()).isEqualByComparingTo("0");
        assertThat(s.fromSettled()).isEqualByComparingTo("0");
        assertThat(s.fromPlatform()).isEqualByComparingTo("660");
    }

    @Test
    void aPartialRefundLeavesTheDriverTheFee() {
        RefundSplit s = RefundSplit.of(d("4200"), d("5340"), d("0"));
        assertThat(s.fromPending()).isEqualByComparingTo("4200");
        assertThat(s.pendingRemainder()).isEqualByComparingTo("1140");
        assertThat(s.fromPlatform()).isEqualByComparingTo("0");
    }

    @Test
    void aRefundAfterSettlementIsTakenBackFromSettledEarnings() {
        RefundSplit s = RefundSplit.of(d("6000"), d("0"), d("5340"));
        assertThat(s.fromSettled()).isEqualByComparingTo("5340");
        assertThat(s.fromPlatform()).isEqualByComparingTo("660");
        RefundSplit exact = RefundSplit.of(d("5340"), d("0"), d("5340"));
        assertThat(exact.fromSettled()).isEqualByComparingTo("5340");
        assertThat(exact.fromPlatform()).isEqualByComparingTo("0");
    }

    @Test
    void withoutAnyEarningThePlatformRefundsAll() {
        RefundSplit s = RefundSplit.of(d("3000"), d("0"), d("0"));
        assertThat(s.fromPlatform()).isEqualByComparingTo("3000");
        assertThatThrownBy(() -> RefundSplit.of(d("0"), d("1"), d("1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
