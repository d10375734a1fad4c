package com.allocar.wallet.withdrawal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.wallet.support.Events;
import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WithdrawIT extends WalletIT {

    private static Map<String, Object> body(Object amount, String method, String msisdn) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("amount", amount);
        b.put("method", method);
        b.put("msisdn", msisdn);
        return b;
    }

    private TestHttp.Response withdraw(UUID user, String key, Object amount) {
        return http().post("/api/v1/wallet/withdraw", body(amount, "wave", "+2250701020304"), auth(user, key));
    }

    @Test
    void aWithdrawalReservesTheMoneyAndAsksPaymentServiceToDisburse() {
        UUID driver = memberWithKyc();
        fund(driver, "20000");
        String key = key();
        var r = withdraw(driver, key, 15000);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().path("status").asString()).isEqualTo("pending");
        assertThat(r.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("20000");
        assertThat(r.data().path("wallet").path("available").decimalValue()).isEqualByComparingTo("5000");
        UUID withdrawalId = UUID.fromString(r.data().path("withdrawal_id").asString());
        assertThat(status(withdrawalId)).isEqualTo("pending");

        // the reserved money cannot be withdrawn a second time
        var second = withdraw(driver, key(), 6000);
        assertThat(second.status()).as(second.toString()).isEqualTo(402);
        assertThat(second.errorCode()).isEqualTo("insufficient_funds");
        assertThat(second.body().path("error").path("details").path("available").decimalValue()).isEqualByComparingTo("5000");
        assertThat(second.body().path("error").path("details").path("requested").decimalValue()).isEqualByComparingTo("6000");

        // the same key is the same withdrawal, not a second one
        var replay = withdraw(driver, key, 15000);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.data().path("withdrawal_id").asString()).isEqualTo(withdrawalId.toString());
        assertThat(entries(driver)).isEqualTo(2);

        String walletId = http().get("/api/v1/wallet", auth(driver)).data().path("id").asString();
        var records = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "wallet.txns", walletId, Duration.ofSeconds(2));
        var requested = records.stream().filter(rec -> new String(rec.headers().lastHeader("event_type").value())
                .equals("wallet.withdrawal_requested")).toList();
        assertThat(requested).hasSize(1);
        var payload = TestHttp.json().readTree(requested.getFirst().value()).path("payload");
        assertThat(payload.path("withdrawal_id").asString()).isEqualTo(withdrawalId.toString());
        assertThat(payload.path("user_id").asString()).isEqualTo(driver.toString());
        assertThat(payload.path("amount").decimalValue()).isEqualByComparingTo("15000");
        assertThat(payload.path("method").asString()).isEqualTo("wave");
        assertThat(payload.path("msisdn").asString()).isEqualTo("+2250701020304");
        assertThat(payload.path("currency").asString()).isEqualTo("XOF");

        var written = records.stream().filter(rec -> new String(rec.headers().lastHeader("event_type").value())
                .equals("wallet.entry_written")).map(rec -> TestHttp.json().readTree(rec.value()).path("payload")).toList();
        assertThat(written).hasSize(2);
        assertThat(written.get(1).path("entry_id").asString()).isEqualTo(withdrawalId.toString());
        assertThat(written.get(1).path("source").asString()).isEqualTo("payout");
        assertThat(written.get(1).path("status").asString()).isEqualTo("pending");
        assertThat(written.get(1).path("balance_after").decimalValue()).isEqualByComparingTo("20000");

        // payment-service disbursed it
        var done = Events.payoutCompleted(withdrawalId, driver, "15000").send();
        done.send();
        eventually(() -> "settled".equals(status(withdrawalId)));
        assertThat(balance(driver)).isEqualByComparingTo("5000");
        assertThat(available(driver)).isEqualByComparingTo("5000");
        assertLedgerInvariant(driver);
    }

    @Test
    void aFailedDisbursementGivesTheMoneyBack() {
        UUID driver = memberWithKyc();
        fund(driver, "8000");
        var r = withdraw(driver, key(), 8000);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        UUID withdrawalId = UUID.fromString(r.data().path("withdrawal_id").asString());
        assertThat(available(driver)).isEqualByComparingTo("0");
        Events.payoutFailed(withdrawalId, driver, "8000").send();
        eventually(() -> "cancelled".equals(status(withdrawalId)));
        assertThat(available(driver)).isEqualByComparingTo("8000");
        // a late, contradicting "completed" changes nothing
        Events.payoutCompleted(withdrawalId, driver, "8000").send();
        UUID marker = UUID.randomUUID();
        Events.topupPaid(UUID.randomUUID(), UUID.randomUUID(), marker, "1").send();
        eventually(() -> entries(marker) == 1);
        assertThat(status(withdrawalId)).isEqualTo("cancelled");
        assertThat(balance(driver)).isEqualByComparingTo("8000");
        assertLedgerInvariant(driver);
    }

    @Test
    void aPayoutOutcomeThatOvertakesItsEntryIsAppliedWhenTheEntryArrives() {
        UUID driver = UUID.randomUUID();
        fund(driver, "7000");
        UUID payout = UUID.randomUUID();
        Events.payoutCompleted(payout, driver, "7000").send();
        eventually(() -> jdbc.sql("SELECT count(*) FROM early_outcomes WHERE entry_id = ?").param(payout).query(Long.class).single() == 1);
        // payment-service's reservation arrives late
        var r = entry(driver, payout, "debit", "7000", "payout", "pending");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().path("entry").path("status").asString()).isEqualTo("settled");
        assertThat(balance(driver)).isEqualByComparingTo("0");
        assertLedgerInvariant(driver);
    }

    @Test
    void withoutAnApprovedKycNoWithdrawal() {
        UUID user = UUID.randomUUID();
        fund(user, "5000");
        var r = withdraw(user, key(), 2000);
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("kyc_required");
        assertThat(r.body().path("error").path("details").path("kyc_status").asString()).isEqualTo("none");

        // rejected, then an older "approved" of another document arrives late: still rejected
        Events.kyc("kyc.rejected", user, Instant.now()).send();
        eventually(() -> "rejected".equals(kyc(user)));
        Events.kyc("kyc.approved", user, Instant.now().minusSeconds(3600)).send();
        UUID marker = memberWithKyc();
        assertThat(marker).isNotNull();
        assertThat(kyc(user)).isEqualTo("rejected");
        assertThat(withdraw(user, key(), 2000).errorCode()).isEqualTo("kyc_required");

        Events.kyc("kyc.approved", user, Instant.now()).send();
        eventually(() -> "approved".equals(kyc(user)));
        assertThat(withdraw(user, key(), 2000).status()).isEqualTo(201);
        assertThat(available(user)).isEqualByComparingTo("3000");
    }

    @Test
    void withdrawalRequestsAreValidated() {
        UUID driver = memberWithKyc();
        fund(driver, "5000");
        assertThat(fieldsOf(http().post("/api/v1/wallet/withdraw", body(2000, "wave", "+2250701020304"), auth(driver))))
                .contains("Idempotency-Key");
        assertThat(fieldsOf(withdraw(driver, key(), 0))).contains("amount");
        assertThat(fieldsOf(withdraw(driver, key(), -10))).contains("amount");
        assertThat(fieldsOf(withdraw(driver, key(), 999))).contains("amount");
        assertThat(fieldsOf(withdraw(driver, key(), 2000001))).contains("amount");
        assertThat(fieldsOf(http().post("/api/v1/wallet/withdraw", body(2000, "card", "+2250701020304"), auth(driver, key())))).contains("method");
        assertThat(fieldsOf(http().post("/api/v1/wallet/withdraw", body(2000, "wave", null), auth(driver, key())))).contains("msisdn");
        assertThat(fieldsOf(http().post("/api/v1/wallet/withdraw", body(2000, "wave", "12345"), auth(driver, key())))).contains("msisdn");
        assertThat(fieldsOf(http().post("/api/v1/wallet/withdraw", Map.of("amount", 2000, "method", "wave", "msisdn", "+2250701020304",
                "user_id", UUID.randomUUID().toString()), auth(driver, key())))).contains("user_id");
        // over the available balance
        assertThat(fieldsOf(withdraw(driver, key(), 1500.5))).contains("amount");
        var tooMuch = withdraw(driver, key(), 5001);
        assertThat(tooMuch.status()).isEqualTo(402);
        assertThat(tooMuch.errorCode()).isEqualTo("insufficient_funds");
        assertThat(entries(driver)).isEqualTo(1);
        assertThat(balance(driver)).isEqualByComparingTo(new BigDecimal("5000"));
    }

    @Test
    void concurrentWithdrawalsNeverReserveMoreThanTheBalance() throws Exception {
        UUID driver = memberWithKyc();
        fund(driver, "10000");
        var statuses = new java.util.concurrent.CopyOnWriteArrayList<Integer>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 12; i++) {
                pool.submit(() -> statuses.add(withdraw(driver, key(), 3000).status()));
            }
        }
        assertThat(statuses).hasSize(12).containsOnly(201, 402);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
        assertThat(available(driver)).isEqualByComparingTo("1000");
        assertLedgerInvariant(driver);
    }
}
