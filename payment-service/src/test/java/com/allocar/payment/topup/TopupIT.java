package com.allocar.payment.topup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.testing.InternalRoutes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopupIT extends PaymentIT {

    private Map<String, Object> topup(UUID topupId, UUID user, long amount) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("topup_id", topupId.toString());
        b.put("user_id", user.toString());
        b.put("amount", amount);
        b.put("currency", "XOF");
        b.put("method", "wave");
        return b;
    }

    @Test
    void walletServiceStartsATopupIdempotentlyAndItsWebhookPublishesPaymentSucceededForTheTopup() {
        UUID user = UUID.randomUUID();
        UUID topupId = UUID.randomUUID();
        var first = http().post("/internal/topups", topup(topupId, user, 5000), asWallet());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().path("provider").asString()).isEqualTo("wave");
        assertThat(first.data().path("checkout_url").asString()).startsWith(WAVE.baseUrl() + "/_dev/checkout/cos-");
        var again = http().post("/internal/topups", topup(topupId, user, 5000), asWallet());
        assertThat(again.data().path("payment_id").asString()).isEqualTo(first.data().path("payment_id").asString());
        var different = http().post("/internal/topups", topup(topupId, user, 7000), asWallet());
        assertThat(different.status()).isEqualTo(409);

        String paymentId = first.data().path("payment_id").asString();
        String session = first.data().path("provider_payload").path("checkout_session_id").asString();
        assertThat(WAVE.deliver(WAVE.pay(session))).isEqualTo(200);
        var records = events(paymentId);
        assertThat(records).extracting(PaymentIT::type).containsExactly("payment.succeeded");
        var p = payload(records.getFirst());
        assertThat(p.path("purpose").asString()).isEqualTo("topup");
        assertThat(p.path("topup_id").asString()).isEqualTo(topupId.toString());
        assertThat(p.path("booking_id").isNull()).isTrue();
        assertThat(p.path("user_id").asString()).isEqualTo(user.toString());
        assertThat(p.path("amount").decimalValue()).isEqualByComparingTo("5000");
        assertThat(p.path("commission").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void internalApiNeedsTheServiceTokenAndValidBodies() {
        UUID user = UUID.randomUUID();
        assertThat(http().post("/internal/topups", topup(UUID.randomUUID(), user, 5000)).status()).isIn(401, 403);
        assertThat(http().post("/internal/topups", topup(UUID.randomUUID(), user, 5000), InternalRoutes.OLD_PUBLIC_TOKEN).status()).isEqualTo(401);
        var tooSmall = http().post("/internal/topups", topup(UUID.randomUUID(), user, 50), asWallet());
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.toString()).contains("amount");
        var body = topup(UUID.randomUUID(), user, 5000);
        body.put("method", "wallet");
        assertThat(http().post("/internal/topups", body, asWallet()).status()).isEqualTo(400);
    }
}
