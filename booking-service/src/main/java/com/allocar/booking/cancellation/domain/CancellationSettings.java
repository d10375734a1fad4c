package com.allocar.booking.cancellation.domain;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The admin's variables of the cancellation rules (spec "Annulations &amp; remboursements": windows X h, fees Y %,
 * no-show Z %).
 *
 * @param passengerLateWindow     a passenger cancelling less than this before departure pays a fee
 * @param passengerLateFeePercent that fee, in % of what was paid
 * @param driverLateWindow        a driver cancelling less than this before departure is penalised
 * @param driverLateFinePercent   the fine, in % of the booking's amount, held from future payouts
 * @param driverLateScorePoints   points taken off the driver's reliability score
 * @param noShowFeePercent        what a passenger who did not show up pays, in % of what was paid
 */
public record CancellationSettings(Duration passengerLateWindow, BigDecimal passengerLateFeePercent, Duration driverLateWindow,
                                   BigDecimal driverLateFinePercent, int driverLateScorePoints, BigDecimal noShowFeePercent) {

    public CancellationSettings {
        requirePercent(passengerLateFeePercent, "passenger_late_fee_percent");
        requirePercent(driverLateFinePercent, "driver_late_fine_percent");
        requirePercent(noShowFeePercent, "no_show_fee_percent");
        if (passengerLateWindow.isNegative() || driverLateWindow.isNegative() || driverLateScorePoints < 0) {
            throw new IllegalArgumentException("cancellation windows and score points must not be negative");
        }
    }

    public static CancellationSettings defaults() {
        return new CancellationSettings(Duration.ofHours(24), new BigDecimal("20"), Duration.ofHours(24), new BigDecimal("10"), 10,
                new BigDecimal("50"));
    }

    private static void requirePercent(BigDecimal p, String name) {
        if (p == null || p.signum() < 0 || p.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 100");
        }
    }
}
