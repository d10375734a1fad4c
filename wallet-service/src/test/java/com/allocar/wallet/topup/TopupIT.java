package com.allocar.wallet.topup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.wallet.support.Events;
import com.allocar.wallet.support.FakePaymentService;
import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopupIT extends WalletIT {

    private final FakePaymentService payments = FakePaymentService.get();

    @AfterEach
    void healthy() {
        payments.failWith = null;
    }

    private static Map<String, Object> body(Object amount, String method, String msisdn) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("amount", amount);
        b.put("method", method);
        if (msisdn != null) {
            b.put("msisdn", msisdn);
        }
        return b;
    }

    @Test
    void aTopupAsksPaymentServiceForACheckoutAndTheCreditArrivesWithPaymentSucceeded() {
        UUID me = UUID.randomUUID();
        String key = key();
        var r = http().post("/api/v1/wallet/topup", body(5000, "wave", null), auth(me, key));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().path("status").asString()).isEqualTo("pending");
        assertThat(r.data().path("checkout_url").asString()).startsWith("https://pay.wave.com/c/");
        assertThat(r.data().path("provider_payload").path("id").asString()).startsWith("cos-");
        UUID topupId = UUID.fromString(r.data().path("topup_id").asString());
        UUID paymentId = UUID.fromString(r.data().path("payment_id").asString());

        // what payment-service received: its contract, with our service token (the fake checks it)
        var call = payments.callsFor(me).getFirst();
        assertThat(call.path("topup_id").asString()).isEqualTo(topupId.toString());
        assertThat(call.path("amount").decimalValue()).isEqualByComparingTo("5000");
        assertThat(call.path("currency").asString()).isEqualTo("XOF");
        assertThat(call.path("method").asString()).isEqualTo("wave");
        // nothing credited before the provider confirms
        assertThat(http().get("/api/v1/wallet", auth(me)).data().path("balance").decimalValue()).isEqualByComparingTo("0");

        // the retried request (same key) is replayed, payment-service is not asked twice
        var replay = http().post("/api/v1/wallet/topup", body(5000, "wave", null), auth(me, key));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data().path("topup_id").asString()).isEqualTo(topupId.toString());
        assertThat(payments.callsFor(me)).hasSize(1);

        var paid = Events.topupPaid(paymentId, topupId, me, "5000").send();
        paid.send(); // redelivered
        eventually(() -> balance(me).compareTo(new java.math.BigDecimal("5000")) == 0);
        Events.topupPaid(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "1").send(); // a marker after ours
        var txns = http().get("/api/v1/wallet/txns?source=topup", auth(me)).data();
        assertThat(txns.size()).isEqualTo(1);
        assertThat(txns.get(0).path("ref_id").asString()).isEqualTo(topupId.toString());
        assertThat(txns.get(0).path("status").asString()).isEqualTo("settled");
        assertLedgerInvariant(me);
    }

    @Test
    void theSameEventWithANewEventIdStillCreditsOnce() {
        UUID me = UUID.randomUUID();
        UUID paymentId = UUID.randomUUID();
        Events.topupPaid(paymentId, UUID.randomUUID(), me, "1500").send();
        Events.topupPaid(paymentId, UUID.randomUUID(), me, "1500").send(); // payment-service's outbox re-emitted it
        eventually(() -> entries(me) == 1);
        UUID marker = UUID.randomUUID();
        Events.topupPaid(UUID.randomUUID(), UUID.randomUUID(), marker, "10").send();
        eventually(() -> entries(marker) == 1);
        assertThat(entries(me)).isEqualTo(1);
        assertThat(balance(me)).isEqualByComparingTo("1500");
    }

    @Test
    void topupRequestsAreValidated() {
        UUID me = UUID.randomUUID();
        var noKey = http().post("/api/v1/wallet/topup", body(5000, "wave", null), auth(me));
        assertThat(fieldsOf(noKey)).contains("Idempotency-Key");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", body(0, "wave", null), auth(me, key())))).contains("amount");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", body(-100, "wave", null), auth(me, key())))).contains("amount");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", body(99, "wave", null), auth(me, key())))).contains("amount");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", body(2000001, "wave", null), auth(me, key())))).contains("amount");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", body(1000.5, "wave", null), auth(me, key())))).contains("amount");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", body(5000, "paypal", null), auth(me, key())))).contains("method");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", body(5000, "wave", "0701020304x"), auth(me, key())))).contains("msisdn");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", Map.of("method", "wave"), auth(me, key())))).contains("amount");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", Map.of("amount", "lots", "method", "wave"), auth(me, key())))).contains("amount");
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", Map.of("amount", 500, "method", "wave", "user_id", UUID.randomUUID().toString()),
                auth(me, key())))).contains("user_id");
        assertThat(http().post("/api/v1/wallet/topup", "{", auth(me, key())).status()).isEqualTo(400);
        // payment-service's own refusal reaches the user as a validation error
        assertThat(fieldsOf(http().post("/api/v1/wallet/topup", body(5000, "mtn_momo", null), auth(me, key())))).contains("msisdn");
        assertThat(payments.callsFor(me)).hasSize(1);
        // the same key with another body is a conflict
        String k = key();
        assertThat(http().post("/api/v1/wallet/topup", body(1000, "wave", null), auth(me, k)).status()).isEqualTo(201);
        var reused = http().post("/api/v1/wallet/topup", body(2000, "wave", null), auth(me, k));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.errorCode()).isEqualTo("conflict");
    }

    @Test
    void aFailingPaymentServiceIsABadGatewayAndTheSameKeyMayBeRetried() {
        UUID me = UUID.randomUUID();
        String k = key();
        payments.failWith = 500;
        var r = http().post("/api/v1/wallet/topup", body(3000, "orange_money", "+225 07 01 02 03 04"), auth(me, k));
        assertThat(r.status()).as(r.toString()).isEqualTo(502);
        assertThat(r.errorCode()).isEqualTo("bad_gateway");
        payments.failWith = null;
        var retry = http().post("/api/v1/wallet/topup", body(3000, "orange_money", "+225 07 01 02 03 04"), auth(me, k));
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        // the retry names the same topup, so payment-service (idempotent on topup_id) starts it once
        var calls = payments.callsFor(me);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).path("topup_id").asString()).isEqualTo(calls.get(1).path("topup_id").asString());
        assertThat(calls.get(1).path("msisdn").asString()).isEqualTo("+2250701020304");
    }

    @Test
    void anUnavailablePaymentServiceIsServiceUnavailableAndTheSameKeyMayBeRetried() {
        UUID me = UUID.randomUUID();
        String k = key();
        payments.failWith = 503;
        var r = http().post("/api/v1/wallet/topup", body(2000, "wave", null), auth(me, k));
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.errorCode()).isEqualTo("service_unavailable");
        // creating a topup is idempotent on topup_id: the client retried the outage before giving up
        assertThat(payments.callsFor(me)).hasSizeGreaterThan(1);
        payments.failWith = null;
        var retry = http().post("/api/v1/wallet/topup", body(2000, "wave", null), auth(me, k));
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(payments.callsFor(me).stream().map(c -> c.path("topup_id").asString()).distinct()).hasSize(1);
    }
}
