package com.allocar.admin.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversionRateTest {

    @Test
    void aShareInPercentWithTwoDecimalsHalfUp() {
        assertThat(ConversionRate.percent(1, 3)).isEqualByComparingTo("33.33");
        assertThat(ConversionRate.percent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(ConversionRate.percent(5, 5)).isEqualByComparingTo("100");
        assertThat(ConversionRate.percent(0, 7)).isEqualByComparingTo("0");
        assertThat(ConversionRate.percent(1, 8)).isEqualByComparingTo("12.5");
    }

    @Test
    void nothingToConvertFromIsNoRateNotZero() {
        assertThat(ConversionRate.percent(0, 0)).isNull();
        assertThat(ConversionRate.percent(3, 0)).isNull();
    }
}
