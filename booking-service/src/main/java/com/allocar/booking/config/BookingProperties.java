package com.allocar.booking.config;

import java.math.BigDecimal;
import java.time.Duration;

import com.allocar.booking.cancellation.domain.CancellationSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code allocar.booking.*}.
 *
 * @param holdTtl                  how long seats stay held for a booking that is not paid yet
 * @param holdReleaseRetryInterval delay between two runs of the job that finishes failed hold releases
 */
@ConfigurationProperties("allocar.booking")
public record BookingProperties(@DefaultValue("PT30M") Duration holdTtl,
                                @DefaultValue("PT30S") Duration holdReleaseRetryInterval,
                                @DefaultValue AntiFraud antiFraud,
                                @DefaultValue Cancellation cancellation) {

    /** The spec's anti-fraud rule "5 bookings non payés / 24h": the next one is refused. */
    public record AntiFraud(@DefaultValue("5") int maxUnpaidBookings, @DefaultValue("PT24H") Duration unpaidWindow) {
    }

    /** The admin settings of the cancellation rules (admin-service will edit them); defaults here. */
    public record Cancellation(@DefaultValue("PT24H") Duration passengerLateWindow,
                               @DefaultValue("20") BigDecimal passengerLateFeePercent,
                               @DefaultValue("PT24H") Duration driverLateWindow,
                               @DefaultValue("10") BigDecimal driverLateFinePercent,
                               @DefaultValue("10") int driverLateScorePoints,
                               @DefaultValue("50") BigDecimal noShowFeePercent) {

        public CancellationSettings settings() {
            return new CancellationSettings(passengerLateWindow, passengerLateFeePercent, driverLateWindow, driverLateFinePercent,
                    driverLateScorePoints, noShowFeePercent);
        }
    }
}
