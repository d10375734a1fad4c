package com.allocar.payment.payout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.api.PaymentEvents;
import com.allocar.payment.provider.Provider;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.AggregateRoot;

/**
 * A payout or a withdrawal, the aggregate of its status: scheduled → processing → done | failed. Each transition
 * checks {@link PayoutStatus} and records {@code payout.completed | payout.failed} and its audit entry, written by the
 * repository's save.
 */
public final class Payout extends AggregateRoot {

    /** Payouts are paid in the currency of the wallets. */
    static final String CURRENCY = "XOF";
    /** The failure reason published when the provider gave none. */
    static final String DEFAULT_FAILURE = "payout_failed";

    private final UUID id;
    private final UUID userId;
    private final PayoutKind kind;
    private final BigDecimal amount;
    private final String msisdn;
    private final Provider provider;
    private PayoutStatus status;
    private String providerRef;
    private String failureReason;

    Payout(UUID id, UUID userId, PayoutKind kind, BigDecimal amount, String msisdn, Provider provider, PayoutStatus status,
           String providerRef, String failureReason) {
        this.id = id;
        this.userId = userId;
        this.kind = kind;
        this.amount = amount;
        this.msisdn = msisdn;
        this.provider = provider;
        this.status = status;
        this.providerRef = providerRef;
        this.failureReason = failureReason;
    }

    static Payout scheduled(UUID id, UUID userId, PayoutKind kind, BigDecimal amount, String msisdn, Provider provider) {
        return new Payout(id, userId, kind, amount, msisdn, provider, PayoutStatus.SCHEDULED, null, null);
    }

    /** The money is reserved (or was, by wallet-service): the provider is about to be asked. A resumed payout stays processing. */
    void startProcessing() {
        if (status != PayoutStatus.PROCESSING) {
            status = status.moveTo(PayoutStatus.PROCESSING);
        }
    }

    /** The provider took the order and will confirm later. */
    void accepted(String ref) {
        providerRef = ref;
    }

    void complete(String ref, Instant at) {
        status = status.moveTo(PayoutStatus.DONE);
        providerRef = ref;
        failureReason = null;
        record(new PayoutCompleted(new PaymentEvents.PayoutCompleted(id, userId, amount, CURRENCY, provider.wire(), ref, at)));
        record(audited("payout.completed", at));
    }

    /** @param reason the provider's reason, or ours; null when nobody gave one */
    void fail(String ref, String reason, Instant at) {
        status = status.moveTo(PayoutStatus.FAILED);
        providerRef = ref;
        failureReason = reason;
        record(new PayoutFailed(new PaymentEvents.PayoutFailed(id, userId, amount, CURRENCY, reason == null ? DEFAULT_FAILURE : reason, at)));
        record(audited("payout.failed", at));
    }

    /** Money leaving the platform (or not): the audit trail names the driver, the amount and the provider, never the number. */
    private Audited audited(String action, Instant at) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("user_id", userId.toString());
        meta.put("kind", kind.wire());
        meta.put("amount", amount);
        meta.put("provider", provider.wire());
        if (failureReason != null) {
            meta.put("reason", failureReason);
        }
        return new Audited(AuditEntry.of(AuditEntry.Actor.SYSTEM, null, action, "payout", id, meta, at));
    }

    /** A scheduled payout whose money is not reserved yet. */
    boolean needsReservation() {
        return status == PayoutStatus.SCHEDULED && kind == PayoutKind.SCHEDULED;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public PayoutKind kind() {
        return kind;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String msisdn() {
        return msisdn;
    }

    public Provider provider() {
        return provider;
    }

    public PayoutStatus status() {
        return status;
    }

    public String providerRef() {
        return providerRef;
    }

    public String failureReason() {
        return failureReason;
    }
}
