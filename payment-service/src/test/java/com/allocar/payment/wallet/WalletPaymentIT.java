package com.allocar.payment.wallet;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WalletPaymentIT extends PaymentIT {

    @Test
    void walletPaymentDebitsTheLedgerOnceAndSucceedsAtOnce() {
        UUID passenger = UUID.randomUUID();
        WALLET.fund(passenger, 20_000);
        UUID booking = acceptedBooking(passenger);
        var r = init(passenger, booking, "wallet");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String paymentId = r.data().path("payment_id").asString();
        assertThat(r.data().path("status").asString()).isEqualTo("paid");
        assertThat(r.data().path("checkout_url").isNull()).isTrue();
        assertThat(WALLET.balance(passenger)).isEqualByComparingTo("8000");
        var entry = WALLET.entry(UUID.fromString(paymentId));
        assertThat(entry.path("direction").asString()).isEqualTo("debit");
        assertThat(entry.path("source").asString()).isEqualTo("payment");
        assertThat(entry.path("status").asString()).isEqualTo("settled");
        assertThat(entry.path("ref_id").asString()).isEqualTo(booking.toString());
        assertThat(new BigDecimal(entry.path("amount").asString())).isEqualByComparingTo("12000");

        var records = events(paymentId);
        assertThat(records).extracting(PaymentIT::type).containsExactly("payment.succeeded");
        var p = payload(records.getFirst());
        assertThat(p.path("method").asString()).isEqualTo("wallet");
        assertThat(p.path("provider").asString()).isEqualTo("wallet");
        assertThat(p.path("provider_fee").decimalValue()).isEqualByComparingTo("0");
        assertThat(p.path("commission").decimalValue()).isEqualByComparingTo("1300");

        // paying again: already paid
        var again = init(passenger, booking, "wallet");
        assertThat(again.status()).isEqualTo(409);
        assertThat(WALLET.balance(passenger)).isEqualByComparingTo("8000");
    }

    @Test
    void concurrentInitsOfOneBookingMakeOnePaymentAndDebitTheWalletOnce() throws Exception {
        UUID passenger = UUID.randomUUID();
        WALLET.fund(passenger, 100_000);
        UUID booking = acceptedBooking(passenger);
        var start = new java.util.concurrent.CountDownLatch(1);
        var results = new java.util.ArrayList<java.util.concurrent.Future<com.allocar.platform.testing.TestHttp.Response>>();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return init(passenger, booking, "wallet");
                }));
            }
            start.countDown();
        }
        // requests that find the payment in flight resume it (the ledger entry is exactly-once on the payment id);
        // the ones that raced its insert get 409: either way one payment, one debit
        var paymentIds = new java.util.HashSet<String>();
        for (var f : results) {
            var r = f.get();
            if (r.status() == 200) {
                assertThat(r.data().path("status").asString()).isEqualTo("paid");
                paymentIds.add(r.data().path("payment_id").asString());
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(409);
            }
        }
        assertThat(paymentIds).hasSize(1);
        assertThat(outboxCount(paymentIds.iterator().next(), "payment.succeeded")).isEqualTo(1);
        assertThat(WALLET.balance(passenger)).isEqualByComparingTo("88000");
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE booking_id = ?").param(booking).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void insufficientFundsIs402AndTheBookingCanStillBePaidLater() {
        UUID passenger = UUID.randomUUID();
        WALLET.fund(passenger, 5_000);
        UUID booking = acceptedBooking(passenger);
        var r = init(passenger, booking, "wallet");
        assertThat(r.status()).as(r.toString()).isEqualTo(402);
        assertThat(r.errorCode()).isEqualTo("insufficient_funds");
        var details = r.body().path("error").path("details");
        assertThat(details.path("available").decimalValue()).isEqualByComparingTo("5000");
        assertThat(details.path("requested").decimalValue()).isEqualByComparingTo("12000");
        assertThat(WALLET.balance(passenger)).isEqualByComparingTo("5000");
        String failed = jdbc.sql("SELECT id::text FROM payments WHERE booking_id = ?").param(booking).query(String.class).single();
        assertThat(status(failed)).isEqualTo("failed");
        assertThat(outboxCount(failed, "payment.failed")).isEqualTo(1);

        WALLET.fund(passenger, 10_000);
        var paid = init(passenger, booking, "wallet");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.data().path("status").asString()).isEqualTo("paid");
        assertThat(WALLET.balance(passenger)).isEqualByComparingTo("3000");
    }
}
