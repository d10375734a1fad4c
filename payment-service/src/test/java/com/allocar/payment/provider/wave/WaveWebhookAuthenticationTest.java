package com.allocar.payment.provider.wave;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.allocar.payment.config.PaymentProperties;
import com.allocar.payment.provider.HmacSignatures;
import com.allocar.payment.provider.PaymentProvider.Outcome;
import com.allocar.payment.provider.WebhookRejected;
import com.allocar.payment.provider.WebhookRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaveWebhookAuthenticationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String BODY = """
            {"id":"EV_1","type":"checkout.session.completed","data":{"id":"cos-1","amount":"12000","currency":"XOF",\
            "checkout_status":"complete","payment_status":"succeeded","transaction_id":"T_1","client_reference":"x"}}""";

    private static WaveCheckout wave(String strategy) {
        var props = new PaymentProperties("https://api.allocar.ci", "https://s", "https://e", "http://b", "http://w",
                new PaymentProperties.Fees(BigDecimal.TEN, BigDecimal.ZERO, Map.of()), Duration.ofMinutes(5), Duration.ofSeconds(30),
                new PaymentProperties.Fraud(3, Duration.ofHours(24)), new PaymentProperties.Payouts(BigDecimal.ONE),
                new PaymentProperties.Wave("http://wave", "key", "wave_sn_WHS_x", strategy),
                new PaymentProperties.Orange("http://om", "dev", "OUV", null, null, null),
                new PaymentProperties.Mtn("http://mtn", "sandbox", "EUR", null, null, null, null, null, null),
                new PaymentProperties.Stripe("http://stripe", null, null));
        return new WaveCheckout(props, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static WebhookRequest request(Map<String, String> headers) {
        return new WebhookRequest(headers, BODY.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void signingSecretStrategyReadsTheCompletedSession() {
        long t = NOW.getEpochSecond();
        var notice = wave("signing_secret").authenticate(request(Map.of("wave-signature",
                "t=" + t + ",v1=" + HmacSignatures.sign("wave_sn_WHS_x", t, "", BODY.getBytes(StandardCharsets.UTF_8)))));
        assertThat(notice.eventId()).isEqualTo("EV_1");
        assertThat(notice.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(notice.providerRef()).isEqualTo("cos-1");
        assertThat(notice.amount()).isEqualByComparingTo("12000");
        assertThat(notice.currency()).isEqualTo("XOF");
        assertThat(notice.confirmWithStatus()).isFalse();
    }

    @Test
    void sharedSecretStrategyComparesTheBearerToken() {
        var wave = wave("shared_secret");
        assertThat(wave.authenticate(request(Map.of("authorization", "Bearer wave_sn_WHS_x"))).outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThatThrownBy(() -> wave.authenticate(request(Map.of("authorization", "Bearer wrong")))).isInstanceOf(WebhookRejected.class);
        assertThatThrownBy(() -> wave.authenticate(request(Map.of()))).isInstanceOf(WebhookRejected.class);
        // a signed request is not enough when the portal is set to shared_secret
        long t = NOW.getEpochSecond();
        assertThatThrownBy(() -> wave.authenticate(request(Map.of("wave-signature",
                "t=" + t + ",v1=" + HmacSignatures.sign("wave_sn_WHS_x", t, "", BODY.getBytes(StandardCharsets.UTF_8))))))
                .isInstanceOf(WebhookRejected.class);
    }

    @Test
    void amountsAreSentAsWholeFrancStrings() {
        assertThat(WaveCheckout.amount(new BigDecimal("12000.00"))).isEqualTo("12000");
        assertThat(WaveCheckout.amount(new BigDecimal("100"))).isEqualTo("100");
    }
}
