package com.allocar.wallet.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.InternalRoutes;
import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.allocar.platform.testing.InternalRoutes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InternalLedgerIT extends WalletIT {

    @Autowired
    PlatformTransactionManager txm;

    @Autowired
    ApplicationContext context;

    @Test
    void eachInternalRouteAnswersOnlyItsCallers() {
        UUID user = UUID.randomUUID();
        String pending = UUID.randomUUID().toString();
        assertThat(entry(user, UUID.fromString(pending), "credit", "1000", "topup", "pending").status()).isEqualTo(201);
        var credit = Map.of("entry_id", UUID.randomUUID().toString(), "direction", "credit", "amount", 1, "source", "promo",
                "status", "settled");
        var routes = List.of(
                // the old public header could write this very entry: now only payment-service's token can
                route("POST", "/internal/wallets/{userId}/entries", "/internal/wallets/" + user + "/entries", credit, 201,
                        FleetService.PAYMENT),
                route("POST", "/internal/wallet-entries/{entryId}/settle", "/internal/wallet-entries/" + pending + "/settle", null, 200,
                        FleetService.PAYMENT),
                route("POST", "/internal/wallet-entries/{entryId}/cancel", "/internal/wallet-entries/" + UUID.randomUUID() + "/cancel",
                        null, 404, FleetService.PAYMENT),
                route("GET", "/internal/wallet-entries/{entryId}", "/internal/wallet-entries/" + pending, null, 200, FleetService.PAYMENT),
                route("GET", "/internal/wallets/{userId}", "/internal/wallets/" + user, null, 200, FleetService.PAYMENT,
                        FleetService.ADMIN),
                route("GET", "/internal/payouts/eligible", "/internal/payouts/eligible?page_size=1", null, 200, FleetService.PAYMENT),
                route("GET", "/internal/wallet-txns", "/internal/wallet-txns?limit=1", null, 200, FleetService.ADMIN));
        InternalRoutes.assertCoversEveryRoute(context, routes);
        InternalRoutes.assertGuarded(http(), FleetService.WALLET, routes);
        // exactly one credit of 1 XOF went in (the right caller's), whatever the refused calls carried
        assertThat(http().get("/internal/wallets/" + user, internal()).data().path("balance").decimalValue())
                .isEqualByComparingTo("1001");
        InternalRoutes.assertUselessOnPublicRoutes(http(), FleetService.PAYMENT, FleetService.WALLET, "GET", "/api/v1/wallet");
    }

    @Test
    void anEntryIsWrittenExactlyOncePerEntryId() {
        UUID user = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        var first = entry(user, id, "credit", "2500", "topup", "settled");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data().path("entry").path("entry_id").asString()).isEqualTo(id.toString());
        assertThat(first.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("2500");
        var again = entry(user, id, "credit", "2500", "topup", "settled");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data().path("entry").path("created_at").asString()).isEqualTo(first.data().path("entry").path("created_at").asString());
        assertThat(balance(user)).isEqualByComparingTo("2500");
        assertThat(entries(user)).isEqualTo(1);
        // the same id for another movement is refused
        var other = entry(user, id, "credit", "9999", "topup", "settled");
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.errorCode()).isEqualTo("conflict");
        assertLedgerInvariant(user);
    }

    @Test
    void aDebitAboveWhatIsAvailableIs402InsufficientFunds() {
        UUID user = UUID.randomUUID();
        fund(user, "1000");
        var r = entry(user, UUID.randomUUID(), "debit", "1000.01", "payment", "settled");
        assertThat(r.status()).as(r.toString()).isEqualTo(402);
        assertThat(r.errorCode()).isEqualTo("insufficient_funds");
        assertThat(r.body().path("error").path("details").path("available").decimalValue()).isEqualByComparingTo("1000");
        assertThat(r.body().path("error").path("details").path("requested").decimalValue()).isEqualByComparingTo("1000.01");
        assertThat(entry(user, UUID.randomUUID(), "debit", "1000", "payment", "settled").status()).isEqualTo(201);
        assertThat(balance(user)).isEqualByComparingTo("0");
        assertLedgerInvariant(user);
    }

    @Test
    void aPendingPayoutDebitReservesTheMoneySoItCannotBeSpentTwice() {
        UUID user = UUID.randomUUID();
        fund(user, "5000");
        UUID payout = UUID.randomUUID();
        assertThat(entry(user, payout, "debit", "4000", "payout", "pending").status()).isEqualTo(201);
        var w = http().get("/internal/wallets/" + user, internal()).data();
        assertThat(w.path("balance").decimalValue()).isEqualByComparingTo("5000");
        assertThat(w.path("reserved").decimalValue()).isEqualByComparingTo("4000");
        assertThat(w.path("available").decimalValue()).isEqualByComparingTo("1000");
        assertThat(entry(user, UUID.randomUUID(), "debit", "1500", "payment", "settled").status()).isEqualTo(402);
        // cancelled: the money is back
        var cancelled = http().post("/internal/wallet-entries/" + payout + "/cancel", null, internal());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().path("entry").path("status").asString()).isEqualTo("cancelled");
        assertThat(available(user)).isEqualByComparingTo("5000");
        // a cancelled entry never settles; cancelling again is harmless
        var refused = http().post("/internal/wallet-entries/" + payout + "/settle", null, internal());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("conflict");
        // the one error shape of a refused move: {current, allowed}
        assertThat(refused.body().path("error").path("details").path("current").asString()).isEqualTo("cancelled");
        assertThat(refused.body().path("error").path("details").path("allowed").isArray()).isTrue();
        assertThat(refused.body().path("error").path("details").path("allowed").size()).isZero();
        assertThat(http().post("/internal/wallet-entries/" + payout + "/cancel", null, internal()).status()).isEqualTo(200);
        assertLedgerInvariant(user);
    }

    @Test
    void settlingAPendingDebitLowersTheBalanceOnce() {
        UUID user = UUID.randomUUID();
        fund(user, "3000");
        UUID payout = UUID.randomUUID();
        entry(user, payout, "debit", "3000", "payout", "pending");
        assertThat(http().post("/internal/wallet-entries/" + payout + "/settle", null, internal()).status()).isEqualTo(200);
        assertThat(http().post("/internal/wallet-entries/" + payout + "/settle", null, internal()).status()).isEqualTo(200);
        assertThat(balance(user)).isEqualByComparingTo("0");
        assertThat(available(user)).isEqualByComparingTo("0");
        assertThat(http().post("/internal/wallet-entries/" + payout + "/cancel", null, internal()).status()).isEqualTo(409);
        assertThat(http().post("/internal/wallet-entries/" + UUID.randomUUID() + "/settle", null, internal()).status()).isEqualTo(404);
        assertLedgerInvariant(user);
    }

    @Test
    void aPenaltyMayTakeTheBalanceBelowZero() {
        UUID driver = UUID.randomUUID();
        fund(driver, "500");
        var r = entry(driver, UUID.randomUUID(), "debit", "2000", "penalty", "settled");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(balance(driver)).isEqualByComparingTo("-1500");
        assertThat(entry(driver, UUID.randomUUID(), "debit", "1", "payout", "pending").status()).isEqualTo(402);
        assertLedgerInvariant(driver);
    }

    @Test
    void entriesAreValidated() {
        UUID user = UUID.randomUUID();
        String url = "/internal/wallets/" + user + "/entries";
        assertThat(fieldsOf(http().post(url, Map.of("direction", "credit", "amount", 10, "source", "topup"), internal()))).contains("entry_id");
        assertThat(fieldsOf(http().post(url, Map.of("entry_id", UUID.randomUUID().toString(), "direction", "sideways", "amount", 10,
                "source", "topup"), internal()))).contains("direction");
        assertThat(fieldsOf(http().post(url, Map.of("entry_id", UUID.randomUUID().toString(), "direction", "credit", "amount", 0,
                "source", "topup"), internal()))).contains("amount");
        assertThat(fieldsOf(http().post(url, Map.of("entry_id", UUID.randomUUID().toString(), "direction", "credit", "amount", -5,
                "source", "topup"), internal()))).contains("amount");
        assertThat(fieldsOf(http().post(url, Map.of("entry_id", UUID.randomUUID().toString(), "direction", "credit", "amount", 50000001,
                "source", "topup"), internal()))).contains("amount");
        assertThat(fieldsOf(http().post(url, Map.of("entry_id", UUID.randomUUID().toString(), "direction", "credit", "amount", 10,
                "source", "gift"), internal()))).contains("source");
        assertThat(fieldsOf(http().post(url, Map.of("entry_id", UUID.randomUUID().toString(), "direction", "credit", "amount", 10,
                "source", "topup", "status", "cancelled"), internal()))).contains("status");
        assertThat(fieldsOf(http().post(url, Map.of("entry_id", UUID.randomUUID().toString(), "direction", "credit", "amount", 10,
                "source", "topup", "currency", "EUR"), internal()))).contains("currency");
        assertThat(fieldsOf(http().post(url, Map.of("entry_id", UUID.randomUUID().toString(), "direction", "credit", "amount", 10,
                "source", "topup", "colour", "red"), internal()))).contains("colour");
        assertThat(fieldsOf(http().post(url, Map.of("entry_id", UUID.randomUUID().toString(), "direction", "credit", "amount", 10.001,
                "source", "topup"), internal()))).contains("amount");
        assertThat(http().post("/internal/wallets/not-a-uuid/entries", Map.of(), internal()).status()).isEqualTo(400);
        assertThat(http().post(url, "{not json", internal()).status()).isEqualTo(400);
        assertThat(entries(user)).isZero();
    }

    @Test
    void anUnknownUserHasAnEmptyWalletAndLookingCreatesNothing() {
        UUID user = UUID.randomUUID();
        var r = http().get("/internal/wallets/" + user, internal());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(r.data().path("currency").asString()).isEqualTo("XOF");
        assertThat(jdbc.sql("SELECT count(*) FROM wallets WHERE user_id = ?").param(user).query(Long.class).single()).isZero();
    }

    @Test
    void fiftyConcurrentDebitsNeverOverdraw() throws Exception {
        UUID user = UUID.randomUUID();
        fund(user, "20000");
        int threads = 50;
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return entry(user, UUID.randomUUID(), "debit", "1000", "payment", "settled").status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 402);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(20);
        }
        assertThat(balance(user)).isEqualByComparingTo("0");
        assertThat(jdbc.sql("SELECT min(balance_after) FROM wallet_txns t JOIN wallets w ON w.id = t.wallet_id WHERE w.user_id = ?")
                .param(user).query(BigDecimal.class).single()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertLedgerInvariant(user);
    }

    @Test
    void theSameEntryIdSentConcurrentlyIsWrittenOnce() throws Exception {
        UUID user = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(() -> entry(user, id, "credit", "700", "refund", "settled").status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
            assertThat(statuses).containsOnly(201, 200);
        }
        assertThat(balance(user)).isEqualByComparingTo("700");
        assertLedgerInvariant(user);
    }

    @Test
    void theDatabaseItselfRefusesToRewriteOrDeleteTheLedger() {
        UUID user = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        entry(user, id, "credit", "1000", "topup", "settled");
        UUID pending = UUID.randomUUID();
        entry(user, pending, "debit", "400", "payout", "pending");
        assertThatThrownBy(() -> jdbc.sql("UPDATE wallet_txns SET amount = 1 WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE wallet_txns SET type = 'debit' WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM wallet_txns WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE wallet_txns CASCADE").update()).isInstanceOf(DataAccessException.class);
        // settled is final
        assertThatThrownBy(() -> jdbc.sql("UPDATE wallet_txns SET status = 'cancelled' WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE wallet_txns SET status = 'pending' WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        // the one legal change (rolled back: only the ledger may do it, with the wallet's holdings in the same transaction)
        new TransactionTemplate(txm).executeWithoutResult(tx -> {
            assertThat(jdbc.sql("UPDATE wallet_txns SET status = 'cancelled', status_changed_at = now() WHERE id = ?").param(pending).update())
                    .isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(status(pending)).isEqualTo("pending");
        assertLedgerInvariant(user);
        assertThat(jdbc.sql("SELECT amount FROM wallet_txns WHERE id = ?").param(id).query(BigDecimal.class).single())
                .isEqualByComparingTo("1000");
    }
}
