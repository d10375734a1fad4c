package com.allocar.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.api.PaymentEvents;
import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.Provider;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.AggregateRoot;
import com.allocar.platform.lifecycle.Lifecycle;

/**
 * A payment, the aggregate of its status: each transition checks the lifecycle and records its event, which the
 * repository's save hands to {@link PaymentEventWriter}. {@code amount} is what the payer pays; {@code grossAmount}
 * the price before the promo discount.
 */
public final class Payment extends AggregateRoot {

    /** Payments are in francs CFA (a provider may charge another currency, see its adapter). */
    static final String CURRENCY = "XOF";

    public enum Purpose {
        BOOKING, TOPUP;

        public String wire() {
            return Lifecycle.wire(this);
        }
    }

    private final UUID id;
    private final Purpose purpose;
    private final UUID bookingId;
    private final UUID topupId;
    private final UUID userId;
    private final UUID driverId;
    private final PaymentMethod method;
    private final Provider provider;
    private final String providerRef;
    private final String providerToken;
    private final BigDecimal amount;
    private final BigDecimal grossAmount;
    private final BigDecimal discount;
    private final BigDecimal commission;
    private final BigDecimal fees;
    private final String currency;
    private PaymentStatus status;
    private final UUID promoId;
    private final String msisdn;
    private final String checkoutUrl;
    private String failureReason;
    private BigDecimal refundedAmount;
    private String rawPayload;
    private Instant paidAt;
    private Instant failedAt;
    private Instant refundedAt;
    private final Instant createdAt;
    private final Instant updatedAt;

    /** Who the payment is between, and what it is for (a booking or a top-up). */
    public record Parties(UUID bookingId, UUID topupId, UUID userId, UUID driverId) {
    }

    /** What the payer pays ({@code amount}), the price before the promo ({@code gross}) and what the platform keeps. */
    public record Amounts(BigDecimal amount, BigDecimal gross, BigDecimal discount, BigDecimal commission, BigDecimal fees) {
    }

    /** What the provider gave us when the checkout started (all null for a wallet payment or before the call). */
    public record Checkout(String providerRef, String providerToken, String checkoutUrl, String rawPayload) {

        static final Checkout NONE = new Checkout(null, null, null, null);
    }

    /** When the payment reached each state. */
    public record Times(Instant paidAt, Instant failedAt, Instant refundedAt, Instant createdAt, Instant updatedAt) {

        static final Times NONE = new Times(null, null, null, null, null);
    }

    /** A row as stored (the repository's mapper). */
    public Payment(UUID id, Purpose purpose, Parties parties, PaymentMethod method, Provider provider, Amounts amounts, String currency,
                   PaymentStatus status, UUID promoId, String msisdn, Checkout checkout, String failureReason, BigDecimal refundedAmount,
                   Times times) {
        this.id = id;
        this.purpose = purpose;
        this.bookingId = parties.bookingId();
        this.topupId = parties.topupId();
        this.userId = parties.userId();
        this.driverId = parties.driverId();
        this.method = method;
        this.provider = provider;
        this.providerRef = checkout.providerRef();
        this.providerToken = checkout.providerToken();
        this.amount = amounts.amount();
        this.grossAmount = amounts.gross();
        this.discount = amounts.discount();
        this.commission = amounts.commission();
        this.fees = amounts.fees();
        this.currency = currency;
        this.status = status;
        this.promoId = promoId;
        this.msisdn = msisdn;
        this.checkoutUrl = checkout.checkoutUrl();
        this.failureReason = failureReason;
        this.refundedAmount = refundedAmount;
        this.rawPayload = checkout.rawPayload();
        this.paidAt = times.paidAt();
        this.failedAt = times.failedAt();
        this.refundedAt = times.refundedAt();
        this.createdAt = times.createdAt();
        this.updatedAt = times.updatedAt();
    }

    /** A new payment, {@code init}, in francs CFA, with the provider of its method; nothing refunded yet. */
    static Payment start(Purpose purpose, Parties parties, PaymentMethod method, Amounts amounts, String msisdn, UUID promoId) {
        return new Payment(UUID.randomUUID(), purpose, parties, method, method.provider(), amounts, CURRENCY, PaymentStatus.INIT, promoId,
                msisdn, Checkout.NONE, null, new BigDecimal("0.00"), Times.NONE);
    }

    /**
     * The provider (or the wallet) took the money.
     *
     * @return false when the payment was already paid (a redelivered notification): nothing recorded
     */
    boolean pay(Instant at, String providerPayloadJson) {
        if (status.isRepeat(PaymentStatus.PAID)) {
            return false;
        }
        status = status.moveTo(PaymentStatus.PAID);
        paidAt = at;
        if (providerPayloadJson != null) {
            rawPayload = providerPayloadJson;
        }
        record(new PaymentPaid(new PaymentEvents.PaymentSucceeded(id, purpose.wire(), bookingId, topupId, userId, driverId, amount,
                discount, commission, fees, currency, method.wire(), provider.wire(), providerRef, at)));
        return true;
    }

    /** @return false when the payment had already failed: nothing recorded */
    boolean fail(Instant at, String reason) {
        if (status.isRepeat(PaymentStatus.FAILED)) {
            return false;
        }
        status = status.moveTo(PaymentStatus.FAILED);
        failedAt = at;
        failureReason = reason;
        record(new PaymentFailed(new PaymentEvents.PaymentFailed(id, purpose.wire(), bookingId, topupId, userId, reason, at)));
        return true;
    }

    /** Money went back to the payer; a second partial refund of a refunded payment adds to {@code refundedAmount}. */
    void refund(RefundMade refund, Instant at) {
        if (status != PaymentStatus.REFUNDED) {
            status = status.moveTo(PaymentStatus.REFUNDED);
        }
        refundedAt = at;
        refundedAmount = refundedAmount.add(refund.amount());
        record(new PaymentRefunded(new PaymentEvents.PaymentRefunded(refund.refundId(), id, bookingId, userId, refund.driverId(),
                refund.amount(), refund.destination(), currency, at)));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("refund_id", refund.refundId().toString());
        if (bookingId != null) {
            meta.put("booking_id", bookingId.toString());
        }
        meta.put("user_id", userId.toString());
        meta.put("amount", refund.amount());
        meta.put("destination", refund.destination());
        record(new Audited(AuditEntry.of(AuditEntry.Actor.SYSTEM, null, "payment.refund", "payment", id, meta, at)));
    }

    /** A refund that moved money: its id, the driver it is charged to, the amount and where it went (provider | wallet). */
    public record RefundMade(UUID refundId, UUID driverId, BigDecimal amount, String destination) {
    }

    public PaymentProvider.ProviderPayment forProvider() {
        return new PaymentProvider.ProviderPayment(id, providerRef, amount, currency);
    }

    public UUID id() {
        return id;
    }

    public Purpose purpose() {
        return purpose;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID topupId() {
        return topupId;
    }

    public UUID userId() {
        return userId;
    }

    public UUID driverId() {
        return driverId;
    }

    public PaymentMethod method() {
        return method;
    }

    public Provider provider() {
        return provider;
    }

    public String providerRef() {
        return providerRef;
    }

    public String providerToken() {
        return providerToken;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal grossAmount() {
        return grossAmount;
    }

    public BigDecimal discount() {
        return discount;
    }

    public BigDecimal commission() {
        return commission;
    }

    public BigDecimal fees() {
        return fees;
    }

    public String currency() {
        return currency;
    }

    public PaymentStatus status() {
        return status;
    }

    public UUID promoId() {
        return promoId;
    }

    public String msisdn() {
        return msisdn;
    }

    public String checkoutUrl() {
        return checkoutUrl;
    }

    public String failureReason() {
        return failureReason;
    }

    public BigDecimal refundedAmount() {
        return refundedAmount;
    }

    public String rawPayload() {
        return rawPayload;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public Instant refundedAt() {
        return refundedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
