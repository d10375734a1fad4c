package com.allocar.payment.settings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * admin-service's settings.changed on the real Kafka: the next payment takes the new commission, without a restart; a
 * late, older version changes nothing. Restores the properties' values (10 % + 100 XOF) under a newer version at the end.
 */
class SettingsAppliedIT extends PaymentIT {

    @Autowired
    FeeSettings fees;

    private static void publish(long version, int percent, int fixed, int payoutMin) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("platform_fee_percent", percent);
        settings.put("platform_fee_fixed", fixed);
        settings.put("passenger_late_window_hours", 24);
        settings.put("passenger_late_fee_percent", 20);
        settings.put("driver_late_window_hours", 24);
        settings.put("driver_late_fine_percent", 10);
        settings.put("no_show_fee_percent", 50);
        settings.put("payout_min_amount", payoutMin);
        settings.put("allow_auto_accept_default", true);
        settings.put("require_kyc_for_driver", true);
        settings.put("enable_wallet", true);
        settings.put("templates", Map.of());
        TestEvents.send("admin.settings", "platform", TestEvents.envelope("settings.changed", "platform",
                Map.of("version", version, "settings", settings, "changed_by", UUID.randomUUID().toString(), "changed_at", Instant.now().toString())));
    }

    @Test
    void theNextPaymentTakesTheNewCommission() {
        long v = fees.current().version() + 1;
        try {
            publish(v, 12, 200, 7000);
            await().atMost(Duration.ofSeconds(15)).until(() -> fees.current().version() == v);
            assertThat(fees.current().payoutMinAmount()).isEqualByComparingTo("7000");

            UUID passenger = UUID.randomUUID();
            String paymentId = waveInit(passenger, acceptedBooking(passenger)).path("payment_id").asString();
            // 12 % of 12 000 + 200
            assertThat(jdbc.sql("SELECT commission FROM payments WHERE id = ?::uuid").param(paymentId).query(BigDecimal.class).single())
                    .isEqualByComparingTo("1640");

            // an older version, late: not applied
            assertThat(fees.apply(new FeeSettings.InForce(v - 1, BigDecimal.valueOf(50), BigDecimal.ZERO, BigDecimal.valueOf(500)))).isFalse();
            assertThat(fees.current().commissionPercent()).isEqualByComparingTo("12");
        } finally {
            publish(v + 1, 10, 100, 5000);
            await().atMost(Duration.ofSeconds(15)).until(() -> fees.current().version() == v + 1);
        }
        assertThat(fees.current().commissionPercent()).isEqualByComparingTo("10");
    }
}
