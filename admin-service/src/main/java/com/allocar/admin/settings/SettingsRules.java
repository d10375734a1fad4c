package com.allocar.admin.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.allocar.admin.api.AdminEvents.PlatformSettings;

/**
 * What a version of the settings must be before it is in force: percentages between 0 and 100 with at most two
 * decimals, the fixed fee and the payout threshold in whole XOF within sane bounds, windows between 0 and 7 days, template
 * ids that a template store could hold. Returns every field that breaks a rule, so a form shows them all at once.
 */
public final class SettingsRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern TEMPLATE_KIND = Pattern.compile("[a-z][a-z0-9_.]{0,63}");
    private static final Pattern TEMPLATE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private SettingsRules() {
    }

    public static List<Map<String, Object>> violations(PlatformSettings s) {
        List<Map<String, Object>> errors = new ArrayList<>();
        percent(errors, "platform_fee_percent", s.platformFeePercent());
        percent(errors, "passenger_late_fee_percent", s.passengerLateFeePercent());
        percent(errors, "driver_late_fine_percent", s.driverLateFinePercent());
        percent(errors, "no_show_fee_percent", s.noShowFeePercent());
        amount(errors, "platform_fee_fixed", s.platformFeeFixed(), BigDecimal.ZERO, BigDecimal.valueOf(10_000));
        amount(errors, "payout_min_amount", s.payoutMinAmount(), BigDecimal.valueOf(500), BigDecimal.valueOf(1_000_000));
        amount(errors, "referral_bonus_referrer", s.referralBonusReferrer(), BigDecimal.ZERO, BigDecimal.valueOf(50_000));
        amount(errors, "referral_bonus_referee", s.referralBonusReferee(), BigDecimal.ZERO, BigDecimal.valueOf(50_000));
        if (s.driverRatingFloor() == null || s.driverRatingFloor().compareTo(BigDecimal.ONE) < 0
                || s.driverRatingFloor().compareTo(BigDecimal.valueOf(5)) > 0 || s.driverRatingFloor().stripTrailingZeros().scale() > 2) {
            errors.add(error("driver_rating_floor", "stars from 1 to 5, at most 2 decimals"));
        }
        if (s.driverRatingMinCount() < 1 || s.driverRatingMinCount() > 1000) {
            errors.add(error("driver_rating_min_count", "from 1 to 1000 ratings"));
        }
        hours(errors, "passenger_late_window_hours", s.passengerLateWindowHours());
        hours(errors, "driver_late_window_hours", s.driverLateWindowHours());
        if (s.templates() == null || s.templates().size() > 50) {
            errors.add(error("templates", "an object of at most 50 template ids"));
        } else {
            s.templates().forEach((kind, id) -> {
                if (!TEMPLATE_KIND.matcher(kind).matches() || id == null || !TEMPLATE_ID.matcher(id).matches()) {
                    errors.add(error("templates." + kind, "kind: lower-case letters, digits, '_' or '.'; id: 1..64 letters, digits, '_', '.', '-'"));
                }
            });
        }
        return errors;
    }

    private static void percent(List<Map<String, Object>> errors, String field, BigDecimal v) {
        if (v == null || v.signum() < 0 || v.compareTo(HUNDRED) > 0 || v.stripTrailingZeros().scale() > 2) {
            errors.add(error(field, "a percentage from 0 to 100, at most two decimals"));
        }
    }

    private static void amount(List<Map<String, Object>> errors, String field, BigDecimal v, BigDecimal min, BigDecimal max) {
        if (v == null || v.compareTo(min) < 0 || v.compareTo(max) > 0 || v.stripTrailingZeros().scale() > 0) {
            errors.add(error(field, "whole XOF from " + min.toPlainString() + " to " + max.toPlainString()));
        }
    }

    private static void hours(List<Map<String, Object>> errors, String field, int v) {
        if (v < 0 || v > 168) {
            errors.add(error(field, "hours from 0 to 168"));
        }
    }

    private static Map<String, Object> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
