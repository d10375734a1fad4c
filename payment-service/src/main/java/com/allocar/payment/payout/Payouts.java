package com.allocar.payment.payout;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.payment.api.PaymentEvents;
import com.allocar.payment.config.PaymentProperties;
import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.Provider;
import com.allocar.payment.provider.ProviderException;
import com.allocar.payment.provider.Providers;
import com.allocar.payment.wallet.Wallets;
import com.allocar.platform.events.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Driver payouts (scheduled, through Wave's Payout API) and withdrawals (asked by wallet-service, through Wave or
 * MTN MoMo Disbursement).
 * Scheduled: payout row {@code scheduled} → the money is reserved in the wallet (pending debit, entry_id = payout id)
 * → {@code processing} → provider → {@code done|failed} + {@code payout.completed|failed} (wallet-service settles or
 * cancels the reservation). The provider call carries the payout id as idempotency key, so a retry pays once.
 */
@Service
public class Payouts {

    private static final Logger log = LoggerFactory.getLogger(Payouts.class);

    private final JdbcClient jdbc;
    private final Wallets wallets;
    private final Providers providers;
    private final Outbox outbox;
    private final PaymentProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    Payouts(JdbcClient jdbc, Wallets wallets, Providers providers, Outbox outbox, PaymentProperties props, PlatformTransactionManager txm,
            Clock clock) {
        this.jdbc = jdbc;
        this.wallets = wallets;
        this.providers = providers;
        this.outbox = outbox;
        this.props = props;
        this.tx = new TransactionTemplate(txm);
        this.clock = clock;
    }

    public record Payout(UUID id, UUID userId, String kind, BigDecimal amount, String msisdn, PayoutStatus status, String providerRef,
                         Provider provider) {
    }

    /** One run of the scheduled payouts: every driver wallet-service lists as eligible. @return payouts attempted */
    public int runScheduled() {
        int n = 0;
        for (UUID stuck : stuck()) {
            try {
                resume(find(stuck).orElseThrow());
            } catch (RuntimeException e) {
                log.warn("payout {} could not be resumed: {}", stuck, e.getMessage());
            }
        }
        for (Wallets.Eligible e : wallets.eligibleForPayout(props.payouts().minAmount())) {
            if (e.msisdn() == null || e.msisdn().isBlank()) {
                log.warn("driver {} is eligible for a payout but has no payout number", e.userId());
                continue;
            }
            if (inFlight(e.userId()).isPresent()) {
                continue; // an earlier payout of this driver is still being processed
            }
            UUID id = UUID.randomUUID();
            tx.executeWithoutResult(s -> insert(id, e.userId(), "scheduled", e.amount(), e.msisdn()));
            resume(find(id).orElseThrow());
            n++;
        }
        return n;
    }

    /** Reserves (scheduled payouts; idempotent on the entry id) and disburses. */
    private void resume(Payout p) {
        if (p.status() == PayoutStatus.SCHEDULED && "scheduled".equals(p.kind())) {
            try {
                wallets.write(p.userId(), new Wallets.Entry(p.id(), "debit", p.amount(), "payout", "pending", "payout", p.id(), "Driver payout"));
            } catch (Wallets.InsufficientFunds ex) {
                finish(p, PaymentProvider.Outcome.FAILED, null, "insufficient_funds");
                return;
            }
        }
        disburse(p.id());
    }

    /** Payouts an earlier run left half-way (wallet or provider unavailable), quiet for 5 minutes. */
    private List<UUID> stuck() {
        return jdbc.sql("SELECT id FROM payouts WHERE status IN ('scheduled', 'processing') AND updated_at < now() - interval '5 minutes'")
                .query(UUID.class).list();
    }

    /** A withdrawal wallet-service already reserved; idempotent on its id. Runs in the consumer's transaction. */
    public void withdraw(UUID withdrawalId, UUID userId, BigDecimal amount, String method, String msisdn) {
        // Wave Payout and MTN Disbursement can send money to a phone; Orange WebPay cannot
        boolean supported = "wave".equals(method) || "mtn_momo".equals(method);
        int inserted = jdbc.sql("""
                INSERT INTO payouts (id, user_id, kind, amount, msisdn, provider, status) VALUES (?, ?, 'withdrawal', ?, ?, ?, 'scheduled')
                ON CONFLICT (id) DO NOTHING""").params(withdrawalId, userId, amount, msisdn, supported ? method : "wave").update();
        if (inserted == 0) {
            return;
        }
        if (!supported) {
            finish(find(withdrawalId).orElseThrow(), PaymentProvider.Outcome.FAILED, null, "method_not_supported");
            return;
        }
        disburse(withdrawalId);
    }

    private void disburse(UUID id) {
        Payout p = find(id).orElseThrow();
        if (p.status() == PayoutStatus.SCHEDULED) {
            p.status().check(PayoutStatus.PROCESSING);
            jdbc.sql("UPDATE payouts SET status = 'processing', updated_at = now() WHERE id = ?").param(id).update();
        }
        PaymentProvider.PayoutResult result;
        try {
            result = providers.get(p.provider()).payout(new PaymentProvider.PayoutRequest(id, p.amount(), "XOF", p.msisdn(), null));
        } catch (ProviderException | com.allocar.platform.api.ApiException e) {
            log.warn("payout {} left processing: {}", id, e.getMessage()); // the next run or the reconciliation resumes it
            return;
        }
        if (result.outcome() == PaymentProvider.Outcome.PENDING) {
            jdbc.sql("UPDATE payouts SET provider_ref = ?, updated_at = now() WHERE id = ?").params(result.providerRef(), id).update();
            return;
        }
        finish(withStatus(p, PayoutStatus.PROCESSING), result.outcome(), result.providerRef(), result.reason());
    }

    private void finish(Payout p, PaymentProvider.Outcome outcome, String providerRef, String reason) {
        tx.executeWithoutResult(s -> {
            boolean done = outcome == PaymentProvider.Outcome.SUCCEEDED;
            PayoutStatus target = done ? PayoutStatus.DONE : PayoutStatus.FAILED;
            p.status().check(target);
            jdbc.sql("UPDATE payouts SET status = ?, provider_ref = ?, failure_reason = ?, updated_at = now() WHERE id = ?")
                    .params(target.wire(), providerRef, done ? null : reason, p.id()).update();
            if (done) {
                outbox.publish(PaymentEvents.TOPIC, "payout", p.id(), PaymentEvents.PAYOUT_COMPLETED,
                        new PaymentEvents.PayoutCompleted(p.id(), p.userId(), p.amount(), "XOF", p.provider().wire(), providerRef,
                                clock.instant()));
            } else {
                outbox.publish(PaymentEvents.TOPIC, "payout", p.id(), PaymentEvents.PAYOUT_FAILED,
                        new PaymentEvents.PayoutFailed(p.id(), p.userId(), p.amount(), "XOF", reason == null ? "payout_failed" : reason,
                                clock.instant()));
            }
        });
    }

    private void insert(UUID id, UUID userId, String kind, BigDecimal amount, String msisdn) {
        jdbc.sql("INSERT INTO payouts (id, user_id, kind, amount, msisdn, provider, status) VALUES (?, ?, ?, ?, ?, 'wave', 'scheduled')")
                .params(id, userId, kind, amount, msisdn).update();
    }

    private Optional<Payout> inFlight(UUID userId) {
        return jdbc.sql("SELECT id FROM payouts WHERE user_id = ? AND status IN ('scheduled', 'processing') LIMIT 1").param(userId)
                .query(UUID.class).optional().flatMap(this::find);
    }

    public Optional<Payout> find(UUID id) {
        return jdbc.sql("SELECT id, user_id, kind, amount, msisdn, status, provider_ref, provider FROM payouts WHERE id = ?").param(id)
                .query((rs, n) -> new Payout(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), PayoutStatus.valueOf(rs.getString(6).toUpperCase(java.util.Locale.ROOT)), rs.getString(7),
                        Provider.fromWire(rs.getString(8)).orElseThrow()))
                .optional();
    }

    public List<Payout> ofUser(UUID userId) {
        return jdbc.sql("SELECT id FROM payouts WHERE user_id = ? ORDER BY created_at").param(userId).query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    private static Payout withStatus(Payout p, PayoutStatus s) {
        return new Payout(p.id(), p.userId(), p.kind(), p.amount(), p.msisdn(), s, p.providerRef(), p.provider());
    }
}
