package com.allocar.wallet.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.allocar.wallet.support.Events;
import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * balance = Σ settled entries, checked with SQL against wallet_txns, after a random mix of everything that moves money:
 * topups (events), booking payments and completions, wallet payments (internal debits), refunds to the wallet and through
 * the provider, penalties, withdrawals (HTTP) completed or failed. Each operation through its real entry point.
 */
class LedgerInvariantIT extends WalletIT {

    @Test
    void balancesEqualTheSumOfSettledEntriesAfterARandomMix() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            users.add(memberWithKyc());
        }
        record Paid(UUID payment, UUID booking, UUID passenger, UUID driver) {
        }
        List<Paid> paid = new ArrayList<>();
        List<UUID> withdrawals = new ArrayList<>();
        int writes = 0;
        for (int step = 0; step < 60; step++) {
            UUID a = users.get(random.nextInt(users.size()));
            UUID b = users.get(random.nextInt(users.size()));
            int amount = 500 + random.nextInt(40) * 250;
            switch (random.nextInt(8)) {
                case 0, 1 -> Events.topupPaid(UUID.randomUUID(), UUID.randomUUID(), a, String.valueOf(amount)).send();
                case 2 -> {
                    Paid p = new Paid(UUID.randomUUID(), UUID.randomUUID(), a, b);
                    paid.add(p);
                    int commission = amount / 10;
                    Events.bookingPaid(p.payment(), p.booking(), a, b, String.valueOf(amount), "0", String.valueOf(commission), "25").send();
                }
                case 3 -> {
                    if (!paid.isEmpty()) {
                        Paid p = paid.get(random.nextInt(paid.size()));
                        Events.bookingCompleted(p.booking(), p.passenger(), p.driver()).send();
                    }
                }
                case 4 -> {
                    if (!paid.isEmpty()) {
                        Paid p = paid.remove(random.nextInt(paid.size()));
                        Events.refunded(UUID.randomUUID(), p.payment(), p.booking(), p.passenger(), p.driver(),
                                String.valueOf(500 + random.nextInt(8) * 100), random.nextBoolean() ? "wallet" : "provider").send();
                    }
                }
                case 5 -> {
                    // a wallet payment (payment-service debits through the internal API); may be refused: insufficient funds
                    int status = entry(a, UUID.randomUUID(), "debit", String.valueOf(amount), "payment", "settled").status();
                    assertThat(status).isIn(201, 402);
                }
                case 6 -> {
                    var r = http().post("/api/v1/wallet/withdraw",
                            java.util.Map.of("amount", Math.max(1000, amount), "method", "mtn_momo", "msisdn", "+2250501020304"), auth(a, key()));
                    assertThat(r.status()).as(r.toString()).isIn(201, 402);
                    if (r.status() == 201) {
                        withdrawals.add(UUID.fromString(r.data().path("withdrawal_id").asString()));
                    }
                }
                default -> {
                    if (!withdrawals.isEmpty()) {
                        UUID w = withdrawals.remove(random.nextInt(withdrawals.size()));
                        (random.nextBoolean() ? Events.payoutCompleted(w, a, "0") : Events.payoutFailed(w, a, "0")).send();
                    } else {
                        Events.driverPenalized(UUID.randomUUID(), a, String.valueOf(amount / 5)).send();
                    }
                }
            }
            writes++;
        }
        // wait until both topics are drained: a marker event on each, sent last
        UUID marker = UUID.randomUUID();
        Events.topupPaid(UUID.randomUUID(), UUID.randomUUID(), marker, "1").send();
        UUID markerBooking = UUID.randomUUID();
        Events.bookingCompleted(markerBooking, UUID.randomUUID(), UUID.randomUUID()).send();
        eventually(() -> entries(marker) == 1
                && jdbc.sql("SELECT count(*) FROM completed_bookings WHERE booking_id = ?").param(markerBooking).query(Long.class).single() == 1);

        assertThat(writes).as("seed " + seed).isEqualTo(60);
        for (UUID u : users) {
            assertLedgerInvariant(u);
            // ordinary spending (payments, withdrawals) never took a balance below zero: only penalties and reversals may
            BigDecimal lowest = jdbc.sql("""
                    SELECT min(t.balance_after) FROM wallet_txns t JOIN wallets w ON w.id = t.wallet_id
                     WHERE w.user_id = ? AND t.source IN ('payment', 'payout')""").param(u).query(BigDecimal.class).optional().orElse(null);
            if (lowest != null) {
                assertThat(lowest).as("seed " + seed).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            }
        }
        assertLedgerInvariant(PLATFORM);
        // every wallet of the database, not only ours
        long broken = jdbc.sql("""
                SELECT count(*) FROM wallets w
                 WHERE w.balance <> COALESCE((SELECT SUM(CASE WHEN t.type = 'credit' THEN t.amount ELSE -t.amount END)
                                                FROM wallet_txns t WHERE t.wallet_id = w.id AND t.status = 'settled'), 0)
                    OR w.reserved <> COALESCE((SELECT SUM(t.amount) FROM wallet_txns t
                                                WHERE t.wallet_id = w.id AND t.status = 'pending' AND t.type = 'debit'), 0)""")
                .query(Long.class).single();
        assertThat(broken).as("wallets whose cached holdings differ from their entries (seed " + seed + ")").isZero();
    }

    @Test
    void concurrentPaymentsWithdrawalsAndEventsKeepEveryWalletConsistent() throws Exception {
        UUID driver = memberWithKyc();
        UUID passenger = memberWithKyc();
        fund(driver, "30000");
        fund(passenger, "30000");
        var statuses = new java.util.concurrent.CopyOnWriteArrayList<Integer>();
        List<UUID> payments = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                pool.submit(() -> {
                    switch (n % 4) {
                        // the passenger pays bookings from the wallet while the driver's earnings arrive and settle
                        case 0 -> statuses.add(entry(passenger, UUID.randomUUID(), "debit", "2500", "payment", "settled").status());
                        case 1 -> statuses.add(http().post("/api/v1/wallet/withdraw",
                                java.util.Map.of("amount", 4000, "method", "wave", "msisdn", "+2250701020304"), auth(driver, key())).status());
                        case 2 -> {
                            UUID payment = UUID.randomUUID();
                            UUID booking = UUID.randomUUID();
                            payments.add(payment);
                            Events.bookingPaid(payment, booking, passenger, driver, "2500", "0", "250", "0").send();
                            Events.bookingCompleted(booking, passenger, driver).send();
                        }
                        default -> Events.topupPaid(UUID.randomUUID(), UUID.randomUUID(), passenger, "1000").send();
                    }
                });
            }
        }
        // each call succeeds or is refused for funds (how many of each depends on which earnings settled first)
        assertThat(statuses).isNotEmpty().isSubsetOf(201, 402);
        eventually(() -> payments.stream().allMatch(p -> "settled".equals(status(EntryIds.of("earning", p)))));
        assertLedgerInvariant(driver);
        assertLedgerInvariant(passenger);
        assertLedgerInvariant(PLATFORM);
        assertThat(available(driver)).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(available(passenger)).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        // 10 bookings × 2250 earned, every accepted withdrawal reserved 4000
        long withdrawn = jdbc.sql("""
                SELECT count(*) FROM wallet_txns t JOIN wallets w ON w.id = t.wallet_id
                 WHERE w.user_id = ? AND t.source = 'payout'""").param(driver).query(Long.class).single();
        assertThat(jdbc.sql("SELECT balance - reserved FROM wallets WHERE user_id = ?").param(driver).query(BigDecimal.class).single())
                .isEqualByComparingTo(new BigDecimal(30000 + 10 * 2250 - 4000 * withdrawn));
    }
}
