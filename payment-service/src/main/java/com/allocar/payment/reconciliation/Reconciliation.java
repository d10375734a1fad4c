package com.allocar.payment.reconciliation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.allocar.payment.payment.Payment;
import com.allocar.payment.payment.PaymentOutcomes;
import com.allocar.payment.payment.PaymentRepository;
import com.allocar.payment.payment.PaymentStatus;
import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.ProviderException;
import com.allocar.payment.provider.Providers;
import com.allocar.payment.refund.Refunds;
import com.allocar.platform.lifecycle.Lifecycle;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The spec's daily payment reconciliation: re-reads every provider payment of the last two days from its provider
 * and flags each one whose provider status disagrees with ours (e.g. paid at Wave but still init here: a lost
 * webhook) in {@code reconciliation_findings}, once per (payment, provider status). A provider payment that
 * succeeded with exactly our amount while we still wait is a lost webhook: it is applied (payment paid, event
 * published) like the webhook would have. Every other mismatch is only flagged: finance decides.
 */
@Service
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final PaymentRepository payments;
    private final Providers providers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Refunds refunds;
    private final PaymentOutcomes outcomes;
    private final TransactionTemplate tx;

    Reconciliation(PaymentRepository payments, Providers providers, JdbcClient jdbc, Clock clock, Refunds refunds,
                   PaymentOutcomes outcomes, PlatformTransactionManager txm) {
        this.refunds = refunds;
        this.outcomes = outcomes;
        this.tx = new TransactionTemplate(txm);
        this.payments = payments;
        this.providers = providers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${allocar.payment.reconciliation.cron:0 30 2 * * *}", zone = "Africa/Abidjan")
    @SchedulerLock(name = "payment-reconciliation", lockAtMostFor = "PT1H")
    public void daily() {
        Instant now = clock.instant();
        log.info("reconciliation: {} pending provider refunds completed", refunds.retryPending());
        log.info("reconciliation flagged {} mismatches", run(now.minus(Duration.ofDays(2)), now.minus(Duration.ofMinutes(10))));
    }

    /** @return new mismatches flagged */
    public int run(Instant from, Instant to) {
        int flagged = 0;
        for (Payment p : payments.forReconciliation(from, to)) {
            var adapter = providers.find(p.provider()).filter(PaymentProvider::configured);
            if (adapter.isEmpty()) {
                continue;
            }
            PaymentProvider.ProviderStatus status;
            try {
                status = adapter.get().status(p.forProvider());
            } catch (ProviderException e) {
                log.warn("reconciliation: {} status of payment {} unavailable: {}", p.provider().wire(), p.id(), e.getMessage());
                continue;
            }
            PaymentProvider.Outcome theirs = status.outcome();
            if (agrees(p.status(), theirs)) {
                continue;
            }
            // a lost webhook: the provider has exactly our amount and currency, we are still waiting → apply it
            boolean repair = p.status().inFlight() && theirs == PaymentProvider.Outcome.SUCCEEDED && status.amount() != null
                    && status.amount().compareTo(p.amount()) == 0 && status.currency() != null
                    && status.currency().equalsIgnoreCase(adapter.get().chargeCurrency());
            Integer inserted;
            try {
                inserted = tx.execute(s -> {
                int n = jdbc.sql("""
                        INSERT INTO reconciliation_findings (id, payment_id, our_status, provider_status, action) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (payment_id, provider_status) DO NOTHING""")
                        .params(UUID.randomUUID(), p.id(), p.status().wire(), Lifecycle.wire(theirs),
                            (repair ? FindingAction.MARKED_PAID : FindingAction.FLAGGED).wire()).update();
                if (repair && n == 1) { // the finding and the repair commit together
                    outcomes.paid(p.id(), null);
                    log.warn("reconciliation: payment {} was paid at {} but its webhook never came; marked paid", p.id(), p.provider().wire());
                }
                return n;
                });
            } catch (RuntimeException e) { // e.g. a webhook changed the payment meanwhile: the next run sees the new state
                log.warn("reconciliation of payment {} skipped: {}", p.id(), e.getMessage());
                continue;
            }
            flagged += inserted == null ? 0 : inserted;
        }
        return flagged;
    }

    static boolean agrees(PaymentStatus ours, PaymentProvider.Outcome theirs) {
        return switch (theirs) {
            case SUCCEEDED -> ours == PaymentStatus.PAID || ours == PaymentStatus.REFUNDED; // wallet refunds leave the provider payment as is
            case REFUNDED -> ours == PaymentStatus.REFUNDED;
            case FAILED -> ours == PaymentStatus.FAILED;
            case PENDING -> ours.inFlight() || ours == PaymentStatus.FAILED; // we may have given up on an abandoned checkout
            case IGNORED -> true;
        };
    }
}
