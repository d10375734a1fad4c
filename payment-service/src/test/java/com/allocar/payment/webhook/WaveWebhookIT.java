package com.allocar.payment.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class WaveWebhookIT extends PaymentIT {

    private String sessionOf(JsonNode init) {
        return init.path("provider_payload").path("checkout_session_id").asString();
    }

    @Test
    void signedCompletedWebhookPaysThePaymentAndPublishesPaymentSucceeded() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        JsonNode init = waveInit(passenger, booking);
        String paymentId = init.path("payment_id").asString();

        assertThat(WAVE.deliver(WAVE.pay(sessionOf(init)))).isEqualTo(200);

        assertThat(status(paymentId)).isEqualTo("paid");
        var records = events(paymentId);
        assertThat(records).hasSize(1);
        assertThat(type(records.getFirst())).isEqualTo("payment.succeeded");
        JsonNode p = payload(records.getFirst());
        assertThat(p.path("payment_id").asString()).isEqualTo(paymentId);
        assertThat(p.path("purpose").asString()).isEqualTo("booking");
        assertThat(p.path("booking_id").asString()).isEqualTo(booking.toString());
        assertThat(p.path("user_id").asString()).isEqualTo(passenger.toString());
        assertThat(p.path("driver_id").asString()).isNotBlank();
        assertThat(p.path("amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(p.path("discount").decimalValue()).isEqualByComparingTo("0");
        // settings of the it profile: 10 % + 100 XOF commission, Wave fee 1 %
        assertThat(p.path("commission").decimalValue()).isEqualByComparingTo("1300");
        assertThat(p.path("provider_fee").decimalValue()).isEqualByComparingTo("120");
        assertThat(p.path("currency").asString()).isEqualTo("XOF");
        assertThat(p.path("method").asString()).isEqualTo("wave");
        assertThat(p.path("provider").asString()).isEqualTo("wave");
        assertThat(p.path("provider_ref").asString()).isEqualTo(sessionOf(init));
        assertThat(p.path("paid_at").asString()).isNotBlank();
        assertThat(http().get("/api/v1/payments/" + paymentId, auth(passenger)).data().path("status").asString()).isEqualTo("paid");
    }

    @Test
    void theSameWebhookFiveTimesConcurrentlyChangesStateOnceAndPublishesOnce() throws Exception {
        UUID passenger = UUID.randomUUID();
        JsonNode init = waveInit(passenger, acceptedBooking(passenger));
        String paymentId = init.path("payment_id").asString();
        String body = WAVE.pay(sessionOf(init));
        String signature = WAVE.signature(body);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return WAVE.deliver(body, signature);
                }));
            }
            start.countDown();
        }
        for (var f : results) {
            assertThat(f.get()).isEqualTo(200);
        }
        assertThat(status(paymentId)).isEqualTo("paid");
        assertThat(outboxCount(paymentId, "payment.succeeded")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_receipts WHERE payment_id = ?::uuid").param(paymentId).query(Long.class).single())
                .isEqualTo(1);
        assertThat(events(paymentId)).hasSize(1);
        // a second, different event for the already paid session: acknowledged as a repeat, no new event
        assertThat(WAVE.deliver(WAVE.event("checkout.session.completed", WAVE.session(sessionOf(init))))).isEqualTo(200);
        assertThat(outboxCount(paymentId, "payment.succeeded")).isEqualTo(1);
    }

    @Test
    void badSignatureStaleTimestampWrongSecretAndTamperedBodyAreRejectedAndChangeNothing() {
        UUID passenger = UUID.randomUUID();
        JsonNode init = waveInit(passenger, acceptedBooking(passenger));
        String paymentId = init.path("payment_id").asString();
        String body = WAVE.pay(sessionOf(init));
        long now = Instant.now().getEpochSecond();
        String hook = "/api/v1/payments/webhook/wave";

        var missing = http().post(hook, body);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.errorCode()).isEqualTo("webhook_invalid_signature");

        var wrongSecret = http().post(hook, body, "Wave-Signature", "t=" + now + ",v1=" + FakeWaveHmac.sign("wave_sn_WHS_other", now + body));
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.errorCode()).isEqualTo("webhook_invalid_signature");

        // Stripe's "t.body" scheme is not Wave's
        var dotted = http().post(hook, body, "Wave-Signature", "t=" + now + ",v1=" + FakeWaveHmac.sign(WAVE_SECRET, now + "." + body));
        assertThat(dotted.status()).isEqualTo(401);

        var stale = http().post(hook, body, "Wave-Signature", WAVE.signature(body, now - 600));
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.body().path("error").path("details").path("reason").asString()).isEqualTo("stale_timestamp");

        var future = http().post(hook, body, "Wave-Signature", WAVE.signature(body, now + 600));
        assertThat(future.status()).isEqualTo(401);

        String tampered = body.replace("\"12000\"", "\"1200\"");
        var tamper = http().post(hook, tampered, "Wave-Signature", WAVE.signature(body, now));
        assertThat(tamper.status()).isEqualTo(401);

        assertThat(status(paymentId)).isEqualTo("init");
        assertThat(outboxCount(paymentId, "payment.succeeded")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_receipts WHERE payment_id = ?::uuid").param(paymentId).query(Long.class).single())
                .isZero();

        // a rotated secret: any matching v1 is enough
        var rotated = http().post(hook, body, "Wave-Signature",
                "t=" + now + ",v1=" + FakeWaveHmac.sign("wave_sn_WHS_old", now + body) + ",v1=" + FakeWaveHmac.sign(WAVE_SECRET, now + body));
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(status(paymentId)).isEqualTo("paid");
    }

    @Test
    void wrongAmountWrongCurrencyAndUnknownSessionAreRejected() {
        UUID passenger = UUID.randomUUID();
        JsonNode init = waveInit(passenger, acceptedBooking(passenger));
        String paymentId = init.path("payment_id").asString();
        WAVE.pay(sessionOf(init));
        var session = new java.util.LinkedHashMap<>(WAVE.session(sessionOf(init)));

        session.put("amount", "100");
        var wrongAmount = post(WAVE.event("checkout.session.completed", session));
        assertThat(wrongAmount.status()).isEqualTo(400);
        assertThat(wrongAmount.body().path("error").path("details").path("reason").asString()).isEqualTo("amount_mismatch");

        session.put("amount", "12000");
        session.put("currency", "EUR");
        var wrongCurrency = post(WAVE.event("checkout.session.completed", session));
        assertThat(wrongCurrency.status()).isEqualTo(400);
        assertThat(wrongCurrency.body().path("error").path("details").path("reason").asString()).isEqualTo("currency_mismatch");

        session.put("currency", "XOF");
        session.put("id", "cos-doesnotexist");
        var unknown = post(WAVE.event("checkout.session.completed", session));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("error").path("details").path("reason").asString()).isEqualTo("unknown_payment");

        var garbage = post("{not json");
        assertThat(garbage.status()).isEqualTo(400);

        assertThat(status(paymentId)).isEqualTo("init");
        assertThat(outboxCount(paymentId, "payment.succeeded")).isZero();
    }

    @Test
    void replayedEventIdIsANoOpEvenAfterTheStateMoved() {
        UUID passenger = UUID.randomUUID();
        JsonNode init = waveInit(passenger, acceptedBooking(passenger));
        String paymentId = init.path("payment_id").asString();
        String paid = WAVE.pay(sessionOf(init));
        assertThat(WAVE.deliver(paid)).isEqualTo(200);
        var replay = post(paid);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.data().path("outcome").asString()).isEqualTo("duplicate");
        // an out-of-order failure after the payment: acknowledged, ignored
        var late = post(WAVE.failAttempt(sessionOf(init), "insufficient-funds"));
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.data().path("outcome").asString()).isEqualTo("rejected_transition");
        assertThat(status(paymentId)).isEqualTo("paid");
        assertThat(outboxCount(paymentId, "payment.failed")).isZero();
    }

    @Test
    void failedAttemptFailsThePaymentAndPublishesPaymentFailed() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        JsonNode init = waveInit(passenger, booking);
        String paymentId = init.path("payment_id").asString();
        assertThat(WAVE.deliver(WAVE.failAttempt(sessionOf(init), "insufficient-funds"))).isEqualTo(200);
        assertThat(status(paymentId)).isEqualTo("failed");
        var records = events(paymentId);
        assertThat(records).extracting(PaymentIT::type).containsExactly("payment.failed");
        JsonNode p = payload(records.getFirst());
        assertThat(p.path("reason").asString()).isEqualTo("insufficient-funds");
        assertThat(p.path("booking_id").asString()).isEqualTo(booking.toString());
        assertThat(p.path("failed_at").asString()).isNotBlank();
        assertThat(WAVE.session(sessionOf(init)).get("checkout_status")).isEqualTo("expired"); // cannot be paid any more
        // the booking can be paid again with a new payment
        var again = init(passenger, booking, "wave");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().path("payment_id").asString()).isNotEqualTo(paymentId);
    }

    @Test
    void unknownProviderIsNotFoundAndIgnoredEventTypesAreAcknowledged() {
        assertThat(http().post("/api/v1/payments/webhook/paypal", "{}").status()).isEqualTo(404);
        String test = WAVE.event("test.test_event", Map.of());
        var r = post(test);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().path("outcome").asString()).isEqualTo("ignored");
    }

    private TestHttp.Response post(String body) {
        return http().post("/api/v1/payments/webhook/wave", body, "Wave-Signature", WAVE.signature(body));
    }

    /** HMAC with any secret, to forge signatures. */
    static final class FakeWaveHmac {
        static String sign(String secret, String message) {
            return com.allocar.devstack.providers.FakeWave.hmac(secret, message);
        }
    }
}
