package com.allocar.payment.webhook;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.payment.FailureReason;
import com.allocar.payment.payment.Payment;
import com.allocar.payment.payment.PaymentOutcomes;
import com.allocar.payment.payment.PaymentRepository;
import com.allocar.payment.payment.PaymentStatus;
import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.PaymentProvider.Outcome;
import com.allocar.payment.provider.Provider;
import com.allocar.payment.provider.ProviderException;
import com.allocar.payment.provider.Providers;
import com.allocar.payment.provider.WebhookNotice;
import com.allocar.payment.provider.WebhookRejected;
import com.allocar.payment.provider.WebhookRequest;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provider notifications, applied exactly once.
 * <ol>
 * <li>The adapter checks the provider's proof (signature + replay window, token, or a status read-back).</li>
 * <li>The notification must match the payment: provider reference, amount and currency.</li>
 * <li>One transaction inserts the receipt (provider, event id) and changes the payment. A redelivered event finds
 *     its receipt — concurrent copies wait on the unique key until the first commits — and changes nothing.</li>
 * </ol>
 * A rejected notification leaves no trace in our state, so the provider may retry it.
 */
@Service
public class Webhooks {

    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

    private final Providers providers;
    private final PaymentRepository payments;
    private final PaymentOutcomes outcomes;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    Webhooks(Providers providers, PaymentRepository payments, PaymentOutcomes outcomes, JdbcClient jdbc, PlatformTransactionManager txm) {
        this.providers = providers;
        this.payments = payments;
        this.outcomes = outcomes;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txm);
    }

    public record Result(WebhookOutcome outcome, UUID paymentId, String status) {
    }

    public Result receive(String providerName, WebhookRequest request) {
        Provider provider = Provider.fromWire(providerName).filter(p -> p != Provider.WALLET)
                .orElseThrow(() -> ApiException.notFound("provider", providerName));
        PaymentProvider adapter = providers.find(provider).orElseThrow(() -> ApiException.notFound("provider", providerName));
        WebhookNotice notice = authenticate(adapter, request);
        if (notice.outcome() == Outcome.IGNORED) {
            tx.executeWithoutResult(s -> receipt(provider, notice, null, WebhookOutcome.IGNORED));
            return new Result(WebhookOutcome.IGNORED, null, null);
        }
        Payment payment = (notice.providerRef() != null ? payments.findByProviderRef(provider, notice.providerRef())
                : notice.providerToken() != null ? payments.findByProviderToken(provider, notice.providerToken()) : java.util.Optional.<Payment>empty())
                .orElseThrow(() -> notice.providerRef() == null
                        // a token is the notification's only proof (Orange): an unknown one is a forged notification
                        ? new ApiException(ErrorCode.WEBHOOK_INVALID_SIGNATURE, "Unknown notification token",
                                Map.of("reason", WebhookRefusal.INVALID_TOKEN.wire()))
                        : mismatch(WebhookRefusal.UNKNOWN_PAYMENT, "No payment has this provider reference"));

        Outcome outcome = notice.outcome();
        BigDecimal amount = notice.amount();
        String currency = notice.currency();
        String reason = notice.reason();
        if (notice.confirmWithStatus()) { // the notification proves nothing by itself: ask the provider
            PaymentProvider.ProviderStatus status;
            try {
                status = adapter.status(payment.forProvider());
            } catch (ProviderException e) {
                throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Provider status unavailable; retry later");
            }
            outcome = status.outcome();
            amount = status.amount();
            currency = status.currency();
            reason = status.reason();
            if (outcome == Outcome.PENDING) {
                return new Result(WebhookOutcome.PENDING, payment.id(), payment.status().wire());
            }
        }
        if (outcome == Outcome.SUCCEEDED) {
            if (amount == null || amount.compareTo(payment.amount()) != 0) {
                throw mismatch(WebhookRefusal.AMOUNT_MISMATCH, "The notified amount is not the payment's amount");
            }
            if (currency == null || !currency.toUpperCase(Locale.ROOT).equals(adapter.chargeCurrency().toUpperCase(Locale.ROOT))) {
                throw mismatch(WebhookRefusal.CURRENCY_MISMATCH, "The notified currency is not the payment's currency");
            }
        }
        PaymentStatus target = switch (outcome) {
            case SUCCEEDED -> PaymentStatus.PAID;
            case FAILED -> PaymentStatus.FAILED;
            default -> null;
        };
        if (target == null) {
            tx.executeWithoutResult(s -> receipt(provider, notice, payment.id(), WebhookOutcome.IGNORED));
            return new Result(WebhookOutcome.IGNORED, payment.id(), payment.status().wire());
        }
        String failure = reason == null ? FailureReason.PROVIDER_DECLINED.wire() : reason;
        Result result = tx.execute(s -> {
            if (!receipt(provider, notice, payment.id(), WebhookOutcome.APPLIED)) {
                return new Result(WebhookOutcome.DUPLICATE, payment.id(), current(payment.id()));
            }
            PaymentStatus now = payments.lock(payment.id()).orElseThrow().status();
            if (!now.isRepeat(target) && !now.canBecome(target)) {
                // e.g. "failed" after "paid" delivered out of order: acknowledged, nothing changes
                log.warn("{} webhook {} asks {} -> {}: ignored", provider.wire(), notice.eventId(), now.wire(), target.wire());
                outcome(provider, notice, WebhookOutcome.REJECTED_TRANSITION);
                return new Result(WebhookOutcome.REJECTED_TRANSITION, payment.id(), now.wire());
            }
            boolean changed = target == PaymentStatus.PAID ? outcomes.paid(payment.id(), null) : outcomes.failed(payment.id(), failure);
            if (!changed) {
                outcome(provider, notice, WebhookOutcome.REPEAT);
            }
            return new Result(changed ? WebhookOutcome.APPLIED : WebhookOutcome.REPEAT, payment.id(), target.wire());
        });
        if (target == PaymentStatus.FAILED && result.outcome() == WebhookOutcome.APPLIED) {
            try {
                adapter.abandon(payment.forProvider());
            } catch (RuntimeException e) {
                log.warn("could not close {} payment {} at the provider: {}", provider.wire(), payment.id(), e.getMessage());
            }
        }
        return result;
    }

    private static WebhookNotice authenticate(PaymentProvider adapter, WebhookRequest request) {
        try {
            return adapter.authenticate(request);
        } catch (WebhookRejected e) {
            throw switch (e.reason()) {
                case SIGNATURE -> new ApiException(ErrorCode.WEBHOOK_INVALID_SIGNATURE, "Webhook signature is invalid",
                        Map.of("reason", WebhookRefusal.INVALID_SIGNATURE.wire()));
                case STALE -> new ApiException(ErrorCode.WEBHOOK_INVALID_SIGNATURE, "Webhook timestamp is outside the replay window",
                        Map.of("reason", WebhookRefusal.STALE_TIMESTAMP.wire()));
                case MALFORMED -> new ApiException(ErrorCode.VALIDATION_ERROR, "Webhook body is malformed",
                        Map.of("reason", WebhookRefusal.MALFORMED.wire(), "message", String.valueOf(e.getMessage())));
            };
        }
    }

    /** @return false when this event was received before */
    private boolean receipt(Provider provider, WebhookNotice notice, UUID paymentId, WebhookOutcome outcome) {
        return jdbc.sql("""
                INSERT INTO webhook_receipts (provider, event_id, event_type, payment_id, outcome) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(provider.wire(), notice.eventId(), notice.eventType(), paymentId, outcome.wire()).update() == 1;
    }

    private void outcome(Provider provider, WebhookNotice notice, WebhookOutcome outcome) {
        jdbc.sql("UPDATE webhook_receipts SET outcome = ? WHERE provider = ? AND event_id = ?")
                .params(outcome.wire(), provider.wire(), notice.eventId()).update();
    }

    private String current(UUID paymentId) {
        return payments.find(paymentId).map(p -> p.status().wire()).orElse(null);
    }

    private static ApiException mismatch(WebhookRefusal reason, String message) {
        return new ApiException(ErrorCode.VALIDATION_ERROR, message, Map.of("reason", reason.wire()));
    }
}
