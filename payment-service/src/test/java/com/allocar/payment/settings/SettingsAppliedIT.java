package com.allocar.payment.settings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.settings.PlatformSettings;
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

    @Autowired
    PlatformSettings platform;

    private static void publish(long version, int percent, int fixed, int payoutMin) {
        publish(version, percent, fixed, payoutMin, true);
    }

    private static void publish(long version, int percent, int fixed, int payoutMin, boolean wallet) {
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
        settings.put("enable_wallet", wallet);
        settings.put("templates", Map.of());
        TestEvents.send("admin.settings", "platform", TestEvents.envelope("settings.changed", "platform",
                Map.of("version", version, "settings", settings, "changed_by", UUID.randomUUID().toString(), "changed_at", Instant.now().toString())));
    }

    @Test
    void theNextPaymentTakesTheNewCommission() {
        long v = fees.current().version() + 2; // v - 1 is a version too: the late one below
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
            assertThat(platform.apply(v - 1, TestHttp.json().readTree("{\"platform_fee_percent\": 50}"))).isFalse();
            assertThat(fees.current().commissionPercent()).isEqualByComparingTo("12");
        } finally {
            publish(v + 1, 10, 100, 5000);
            await().atMost(Duration.ofSeconds(15)).until(() -> fees.current().version() == v + 1);
        }
        assertThat(fees.current().commissionPercent()).isEqualByComparingTo("10");
    }

    @Test
    void withTheWalletSwitchedOffPayingFromItIsRefusedAndMobileMoneyStillWorks() {
        long v = fees.current().version() + 1;
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        try {
            publish(v, 10, 100, 5000, false);
            await().atMost(Duration.ofSeconds(15)).until(() -> fees.current().version() == v);
            var refused = init(passenger, booking, "wallet", null, null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("forbidden");
            assertThat(refused.body().path("error").path("details").path("reason").asString()).isEqualTo("wallet_disabled");
            assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE booking_id = ?").param(booking).query(Long.class).single()).isZero();
            assertThat(waveInit(passenger, booking).path("payment_id").asString()).isNotBlank();
        } finally {
            publish(v + 1, 10, 100, 5000, true);
            await().atMost(Duration.ofSeconds(15)).until(() -> fees.current().version() == v + 1);
        }
        assertThat(platform.current().flag("enable_wallet", false)).isTrue();
    }

    @Test
    void aSettingsEventWithoutItsVersionGoesToTheDeadLetterTopic() {
        String key = "platform-" + UUID.randomUUID();
        TestEvents.send("admin.settings", key, TestEvents.envelope("settings.changed", key, Map.of("settings", Map.of("enable_wallet", false))));
        await().atMost(Duration.ofSeconds(30)).until(() -> !KafkaProbe.recordsWithKey(TestInfra.KAFKA, "admin.settings.dlt", key,
                Duration.ofSeconds(1)).isEmpty());
        assertThat(platform.current().flag("enable_wallet", false)).isTrue();
    }
}
