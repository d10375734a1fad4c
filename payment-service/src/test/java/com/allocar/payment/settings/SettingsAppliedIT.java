package com.allocar.payment.settings;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestSettings;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.settings.PlatformSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * admin-service's settings.changed on the real Kafka (the tests' topic, {@link TestSettings}): the next payment takes
 * the new commission, without a restart; a late, older version changes nothing; the wallet switch refuses paying from
 * it. Every version is forgotten after each test: the properties (10 % + 100 XOF) are in force again.
 */
class SettingsAppliedIT extends PaymentIT {

    @Autowired
    FeeSettings fees;

    @Autowired
    PlatformSettings platform;

    @AfterEach
    void forget() {
        TestSettings.forget(jdbc);
    }

    @Test
    void theNextPaymentTakesTheNewCommission() {
        long v = TestSettings.publishNext(platform, Map.of("platform_fee_percent", 12, "platform_fee_fixed", 200, "payout_min_amount", 7000));
        assertThat(fees.current().payoutMinAmount()).isEqualByComparingTo("7000");

        UUID passenger = UUID.randomUUID();
        String paymentId = waveInit(passenger, acceptedBooking(passenger)).path("payment_id").asString();
        // 12 % of 12 000 + 200
        assertThat(jdbc.sql("SELECT commission FROM payments WHERE id = ?::uuid").param(paymentId).query(BigDecimal.class).single())
                .isEqualByComparingTo("1640");

        // an older version, late: not applied
        assertThat(platform.apply(v - 1 > 0 ? v - 1 : v, TestHttp.json().readTree("{\"platform_fee_percent\": 50}"))).isFalse();
        assertThat(fees.current().commissionPercent()).isEqualByComparingTo("12");
    }

    @Test
    void withTheWalletSwitchedOffPayingFromItIsRefusedAndMobileMoneyStillWorks() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        TestSettings.publishNext(platform, Map.of("enable_wallet", false));
        var refused = init(passenger, booking, "wallet", null, null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("forbidden");
        assertThat(refused.body().path("error").path("details").path("reason").asString()).isEqualTo("wallet_disabled");
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE booking_id = ?").param(booking).query(Long.class).single()).isZero();
        assertThat(waveInit(passenger, booking).path("payment_id").asString()).isNotBlank();
    }

    @Test
    void aSettingsEventWithoutItsVersionGoesToTheDeadLetterTopic() {
        String key = "platform-" + UUID.randomUUID();
        TestEvents.send(TestSettings.TOPIC, key, TestEvents.envelope("settings.changed", key, Map.of("settings", Map.of("enable_wallet", false))));
        await().atMost(Duration.ofSeconds(30)).until(() -> !KafkaProbe.recordsWithKey(TestInfra.KAFKA, TestSettings.TOPIC + ".dlt", key,
                Duration.ofSeconds(1)).isEmpty());
        assertThat(platform.current().flag("enable_wallet", true)).isTrue();
    }
}
