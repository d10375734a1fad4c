package com.allocar.payment.payout;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.Provider;
import com.allocar.payment.provider.ProviderException;
import com.allocar.payment.provider.Providers;
import com.allocar.payment.settings.FeeSettings;
import com.allocar.payment.wallet.Direction;
import com.allocar.payment.wallet.EntryStatus;
import com.allocar.payment.wallet.RefType;
import com.allocar.payment.wallet.Source;
import com.allocar.payment.wallet.Wallets;
import com.allocar.platform.api.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private final PayoutRepository repository;
    private final Wallets wallets;
    private final Providers providers;
    private final FeeSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    Payouts(PayoutRepository repository, Wallets wallets, Providers providers, FeeSettings settings, PlatformTransactionManager txm,
            Clock clock) {
        this.repository = repository;
        this.wallets = wallets;
        this.providers = providers;
        this.settings = settings;
        this.tx = new TransactionTemplate(txm);
        this.clock = clock;
    }

    /** One run of the scheduled payouts: every driver wallet-service lists as eligible. @return payouts attempted */
    public int runScheduled() {
        int n = 0;
        for (UUID stuck : repository.stuck()) {
            try {
                resume(repository.find(stuck).orElseThrow());
            } catch (RuntimeException e) {
                log.warn("payout {} could not be resumed: {}", stuck, e.getMessage());
            }
        }
        for (Wallets.Eligible e : wallets.eligibleForPayout(settings.current().payoutMinAmount())) {
            if (e.msisdn() == null || e.msisdn().isBlank()) {
                log.warn("driver {} is eligible for a payout but has no payout number", e.userId());
                continue;
            }
            if (repository.inFlight(e.userId())) {
                continue; // an earlier payout of this driver is still being processed
            }
            Payout payout = Payout.scheduled(UUID.randomUUID(), e.userId(), PayoutKind.SCHEDULED, e.amount(), e.msisdn(), Provider.WAVE);
            tx.executeWithoutResult(s -> repository.insert(payout));
            resume(payout);
            n++;
        }
        return n;
    }

    /** Reserves (scheduled payouts; idempotent on the entry id) and disburses. */
    private void resume(Payout p) {
        if (p.needsReservation()) {
            try {
                wallets.write(p.userId(), new Wallets.Entry(p.id(), Direction.DEBIT, p.amount(), Source.PAYOUT, EntryStatus.PENDING,
                        RefType.PAYOUT, p.id(), "Driver payout"));
            } catch (Wallets.InsufficientFunds ex) {
                finish(p, PaymentProvider.Outcome.FAILED, null, PayoutFailure.INSUFFICIENT_FUNDS.wire());
                return;
            }
        }
        disburse(p);
    }

    /** A withdrawal wallet-service already reserved; idempotent on its id. Runs in the consumer's transaction. */
    public void withdraw(UUID withdrawalId, UUID userId, BigDecimal amount, String method, String msisdn) {
        // Wave Payout and MTN Disbursement can send money to a phone; Orange WebPay cannot
        Optional<Provider> sendsToPhone = Provider.fromWire(method).filter(p -> p == Provider.WAVE || p == Provider.MTN_MOMO);
        Payout payout = Payout.scheduled(withdrawalId, userId, PayoutKind.WITHDRAWAL, amount, msisdn, sendsToPhone.orElse(Provider.WAVE));
        if (!repository.insert(payout)) {
            return;
        }
        if (sendsToPhone.isEmpty()) {
            finish(payout, PaymentProvider.Outcome.FAILED, null, PayoutFailure.METHOD_NOT_SUPPORTED.wire());
            return;
        }
        disburse(payout);
    }

    private void disburse(Payout p) {
        p.startProcessing();
        repository.save(p);
        PaymentProvider.PayoutResult result;
        try {
            result = providers.get(p.provider()).payout(new PaymentProvider.PayoutRequest(p.id(), p.amount(), Payout.CURRENCY, p.msisdn(), null));
        } catch (ProviderException | ApiException e) {
            log.warn("payout {} left processing: {}", p.id(), e.getMessage()); // the next run or the reconciliation resumes it
            return;
        }
        if (result.outcome() == PaymentProvider.Outcome.PENDING) {
            p.accepted(result.providerRef());
            repository.save(p);
            return;
        }
        finish(p, result.outcome(), result.providerRef(), result.reason());
    }

    private void finish(Payout p, PaymentProvider.Outcome outcome, String providerRef, String reason) {
        tx.executeWithoutResult(s -> {
            if (outcome == PaymentProvider.Outcome.SUCCEEDED) {
                p.complete(providerRef, clock.instant());
            } else {
                p.fail(providerRef, reason, clock.instant());
            }
            repository.save(p);
        });
    }

    public Optional<Payout> find(UUID id) {
        return repository.find(id);
    }

    public List<Payout> ofUser(UUID userId) {
        return repository.ofUser(userId);
    }
}
