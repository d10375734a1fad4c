package com.allocar.payment.payout;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestInfra;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PayoutIT extends PaymentIT {

    @Autowired
    Payouts payouts;

    @AfterEach
    void forget() {
        WALLET.forgetDrivers();
    }

    @Test
    void scheduledPayoutReservesThePaysThroughWaveOnceAndPublishesPayoutCompleted() {
        UUID driver = UUID.randomUUID();
        UUID blocked = UUID.randomUUID();
        UUID small = UUID.randomUUID();
        WALLET.driver(driver, 25_000, "+2250700000001");
        WALLET.driver(blocked, 8_000, "+2250700000099"); // Wave refuses this number
        WALLET.driver(small, 3_000, "+2250700000002");    // under the 5000 minimum

        payouts.runScheduled();
        payouts.runScheduled(); // a second run finds nothing left to pay

        var done = payouts.ofUser(driver);
        assertThat(done).hasSize(1);
        var p = done.getFirst();
        assertThat(p.status()).isEqualTo(PayoutStatus.DONE);
        assertThat(p.providerRef()).startsWith("pt-");
        var reserved = WALLET.entry(p.id());
        assertThat(reserved.path("direction").asString()).isEqualTo("debit");
        assertThat(reserved.path("source").asString()).isEqualTo("payout");
        assertThat(reserved.path("status").asString()).isEqualTo("pending");
        assertThat(WALLET.balance(driver)).isEqualByComparingTo("0");
        var wave = WAVE.payouts().stream().filter(w -> p.id().toString().equals(w.get("client_reference"))).toList();
        assertThat(wave).hasSize(1);
        assertThat(wave.getFirst().get("receive_amount")).isEqualTo("25000");
        var sent = WAVE.received().stream().filter(q -> q.path().equals("/v1/payout") && q.text().contains(p.id().toString())).findFirst().orElseThrow();
        assertThat(sent.header("idempotency-key")).isEqualTo(p.id().toString());

        var records = events(p.id().toString());
        assertThat(records).extracting(PaymentIT::type).containsExactly("payout.completed");
        var payload = payload(records.getFirst());
        assertThat(payload.path("user_id").asString()).isEqualTo(driver.toString());
        assertThat(payload.path("amount").decimalValue()).isEqualByComparingTo("25000");
        assertThat(payload.path("provider_ref").asString()).isEqualTo(p.providerRef());

        // the money that left is in the fleet's audit trail, in the same transaction as the payout's outcome
        var audited = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "audit.entries", p.id().toString(), Duration.ofSeconds(2));
        assertThat(audited).hasSize(1);
        var entry = payload(audited.getFirst());
        assertThat(entry.path("action").asString()).isEqualTo("payout.completed");
        assertThat(entry.path("actor_type").asString()).isEqualTo("system");
        assertThat(entry.path("entity").asString()).isEqualTo("payout");
        assertThat(entry.path("meta").path("amount").decimalValue()).isEqualByComparingTo("25000");
        assertThat(entry.path("meta").path("user_id").asString()).isEqualTo(driver.toString());
        assertThat(entry.path("meta").toString()).doesNotContain("+2250700000001");

        var failed = payouts.ofUser(blocked);
        assertThat(failed).extracting(Payout::status).containsExactly(PayoutStatus.FAILED);
        var failure = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "audit.entries", failed.getFirst().id().toString(), Duration.ofSeconds(2));
        assertThat(failure).extracting(r -> payload(r).path("action").asString()).containsExactly("payout.failed");
        assertThat(events(failed.getFirst().id().toString())).extracting(PaymentIT::type).containsExactly("payout.failed");
        assertThat(payouts.ofUser(small)).isEmpty();
    }

    private static void withdrawalRequested(UUID user, UUID withdrawal, String method, String msisdn) throws Exception {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("withdrawal_id", withdrawal.toString());
        payload.put("user_id", user.toString());
        payload.put("amount", 7000);
        payload.put("currency", "XOF");
        payload.put("method", method);
        payload.put("msisdn", msisdn);
        String envelope = com.allocar.payment.support.BookingEvents.envelope(UUID.randomUUID(), "wallet.withdrawal_requested", user.toString(), payload);
        TestEvents.send("wallet.txns", user.toString(), envelope);
        TestEvents.send("wallet.txns", user.toString(), envelope); // redelivered
    }

    @Test
    void mtnWithdrawalsGoThroughDisbursementAndOrangeOnesFail() throws Exception {
        UUID user = UUID.randomUUID();
        UUID ok = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID orange = UUID.randomUUID();
        withdrawalRequested(user, ok, "mtn_momo", "+2250500000004");
        withdrawalRequested(user, refused, "mtn_momo", "+46733123450");
        withdrawalRequested(user, orange, "orange_money", "+2250700000005");
        await().atMost(Duration.ofSeconds(30)).until(() -> java.util.stream.Stream.of(ok, refused, orange)
                .allMatch(id -> payouts.find(id).map(p -> p.status() == PayoutStatus.DONE || p.status() == PayoutStatus.FAILED).orElse(false)));
        assertThat(payouts.find(ok).orElseThrow().status()).isEqualTo(PayoutStatus.DONE);
        assertThat(com.allocar.payment.support.ProviderFakes.MTN.transfer(ok.toString()).get("payee").toString()).contains("2250500000004");
        assertThat(payouts.find(refused).orElseThrow().status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(payouts.find(orange).orElseThrow().status()).isEqualTo(PayoutStatus.FAILED);
        var completed = payload(events(ok.toString()).getFirst());
        assertThat(completed.path("provider").asString()).isEqualTo("mtn_momo");
        assertThat(payload(events(orange.toString()).getFirst()).path("reason").asString()).isEqualTo("method_not_supported");
    }

    @Test
    void withdrawalRequestedIsDisbursedOnceWithTheWithdrawalIdAsPayoutId() throws Exception {
        UUID user = UUID.randomUUID();
        UUID withdrawal = UUID.randomUUID();
        withdrawalRequested(user, withdrawal, "wave", "+2250700000003");
        await().atMost(Duration.ofSeconds(30)).until(() -> payouts.find(withdrawal).map(p -> p.status() == PayoutStatus.DONE).orElse(false));
        var records = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "payment.payments", withdrawal.toString(), Duration.ofSeconds(2));
        assertThat(records).extracting(PaymentIT::type).containsExactly("payout.completed");
        assertThat(TestHttp.json().readTree(records.getFirst().value()).path("payload").path("payout_id").asString()).isEqualTo(withdrawal.toString());
        assertThat(WAVE.payouts().stream().filter(w -> withdrawal.toString().equals(w.get("client_reference"))).count()).isEqualTo(1);
    }
}
