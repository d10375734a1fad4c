package com.allocar.admin.settings;

import java.math.BigDecimal;
import java.util.Map;

import com.allocar.admin.api.AdminEvents.PlatformSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsRulesTest {

    private static PlatformSettings with(BigDecimal feePercent, BigDecimal feeFixed, int window, BigDecimal payoutMin, Map<String, String> templates) {
        return referral(feePercent, feeFixed, window, payoutMin, templates, BigDecimal.valueOf(1000), BigDecimal.valueOf(500));
    }

    private static PlatformSettings referral(BigDecimal feePercent, BigDecimal feeFixed, int window, BigDecimal payoutMin,
                                             Map<String, String> templates, BigDecimal referrer, BigDecimal referee) {
        return new PlatformSettings(feePercent, feeFixed, window, BigDecimal.valueOf(20), 24, BigDecimal.TEN, BigDecimal.valueOf(50), payoutMin,
                true, true, true, templates, referrer, referee, new BigDecimal("3.0"), 5);
    }

    private static PlatformSettings defaults() {
        return with(BigDecimal.TEN, BigDecimal.valueOf(100), 24, BigDecimal.valueOf(5000), Map.of());
    }

    @Test
    void theOwnersDefaultsAreValid() {
        assertThat(SettingsRules.violations(defaults())).isEmpty();
        assertThat(SettingsRules.violations(with(new BigDecimal("12.5"), BigDecimal.ZERO, 0, BigDecimal.valueOf(500),
                Map.of("booking.paid.sms", "booking-paid-v2")))).isEmpty();
        assertThat(SettingsRules.violations(with(new BigDecimal("100.00"), BigDecimal.valueOf(10_000), 168, BigDecimal.valueOf(1_000_000), Map.of())))
                .isEmpty();
    }

    @Test
    void percentagesStayBetween0And100WithTwoDecimals() {
        assertThat(fields(with(new BigDecimal("-1"), BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), Map.of()))).containsExactly("platform_fee_percent");
        assertThat(fields(with(new BigDecimal("100.01"), BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), Map.of()))).containsExactly("platform_fee_percent");
        assertThat(fields(with(new BigDecimal("10.125"), BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), Map.of()))).containsExactly("platform_fee_percent");
        assertThat(fields(with(null, BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), Map.of()))).containsExactly("platform_fee_percent");
    }

    @Test
    void amountsAreWholeXofWithinBoundsAndWindowsAWeekAtMost() {
        assertThat(fields(with(BigDecimal.TEN, new BigDecimal("99.5"), 24, BigDecimal.valueOf(5000), Map.of()))).containsExactly("platform_fee_fixed");
        assertThat(fields(with(BigDecimal.TEN, BigDecimal.valueOf(10_001), 24, BigDecimal.valueOf(5000), Map.of()))).containsExactly("platform_fee_fixed");
        assertThat(fields(with(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(499), Map.of()))).containsExactly("payout_min_amount");
        assertThat(fields(with(BigDecimal.TEN, BigDecimal.ZERO, 169, BigDecimal.valueOf(5000), Map.of()))).containsExactly("passenger_late_window_hours");
        assertThat(fields(with(BigDecimal.TEN, BigDecimal.ZERO, -1, BigDecimal.valueOf(5000), Map.of()))).containsExactly("passenger_late_window_hours");
    }

    @Test
    void referralBonusesAreWholeXofUpTo50000AndMayBeNothing() {
        assertThat(fields(referral(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO))).isEmpty();
        assertThat(fields(referral(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), Map.of(), BigDecimal.valueOf(50_001),
                new BigDecimal("250.5")))).containsExactlyInAnyOrder("referral_bonus_referrer", "referral_bonus_referee");
        assertThat(fields(referral(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), Map.of(), null, BigDecimal.valueOf(-1))))
                .containsExactlyInAnyOrder("referral_bonus_referrer", "referral_bonus_referee");
    }

    @Test
    void theDriverHoldFloorIsStarsAndItsCountAReasonableNumber() {
        var ok = new PlatformSettings(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(20), 24, BigDecimal.TEN, BigDecimal.valueOf(50),
                BigDecimal.valueOf(5000), true, true, true, Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("4.25"), 1);
        assertThat(fields(ok)).isEmpty();
        var bad = new PlatformSettings(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(20), 24, BigDecimal.TEN, BigDecimal.valueOf(50),
                BigDecimal.valueOf(5000), true, true, true, Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.5"), 0);
        assertThat(fields(bad)).containsExactlyInAnyOrder("driver_rating_floor", "driver_rating_min_count");
        var tooPrecise = new PlatformSettings(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(20), 24, BigDecimal.TEN, BigDecimal.valueOf(50),
                BigDecimal.valueOf(5000), true, true, true, Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("3.125"), 1001);
        assertThat(fields(tooPrecise)).containsExactlyInAnyOrder("driver_rating_floor", "driver_rating_min_count");
    }

    @Test
    void templateIdsLookLikeIds() {
        assertThat(fields(with(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), Map.of("Booking Paid", "x")))).containsExactly("templates.Booking Paid");
        assertThat(fields(with(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), Map.of("booking.paid", "<script>")))).containsExactly("templates.booking.paid");
        assertThat(fields(with(BigDecimal.TEN, BigDecimal.ZERO, 24, BigDecimal.valueOf(5000), null))).containsExactly("templates");
    }

    @Test
    void everyBrokenFieldIsToldAtOnce() {
        assertThat(fields(with(BigDecimal.valueOf(101), BigDecimal.valueOf(-1), 200, BigDecimal.ZERO, Map.of())))
                .containsExactlyInAnyOrder("platform_fee_percent", "platform_fee_fixed", "passenger_late_window_hours", "payout_min_amount");
    }

    private static java.util.List<Object> fields(PlatformSettings s) {
        return SettingsRules.violations(s).stream().map(e -> e.get("field")).toList();
    }
}
