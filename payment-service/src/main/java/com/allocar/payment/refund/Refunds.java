package com.allocar.payment.refund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.payment.payment.Payment;
import com.allocar.payment.payment.PaymentOutcomes;
import com.allocar.payment.payment.PaymentRepository;
import com.allocar.payment.payment.PaymentStatus;
import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.Provider;
import com.allocar.payment.provider.ProviderException;
import com.allocar.payment.provider.Providers;
import com.allocar.platform.api.ApiException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Executes booking-service's refund decisions. Exactly once per {@code refund_id} (the refunds table's key, inside
 * the consumer's transaction). A provider refund that the provider does not confirm stays {@code pending} and is
 * retried by the daily job; the providers' refund calls are idempotent on the refund id, so a retry after a lost
 * answer refunds once. {@code payment.refunded} is published only when the money really moved.
 */
@Service
public class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);

    /** booking-service's {@code refund.requested} payload (ADR 006). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RefundRequested(UUID refundId, UUID bookingId, UUID passengerId, UUID driverId, BigDecimal amountPaid,
                                  BigDecimal refundAmount, BigDecimal feeAmount, String currency, String reason, Instant requestedAt) {
    }

    private final PaymentRepository payments;
    private final PaymentOutcomes outcomes;
    private final Providers providers;
    private final JdbcClient jdbc;

    Refunds(PaymentRepository payments, PaymentOutcomes outcomes, Providers providers, JdbcClient jdbc) {
        this.payments = payments;
        this.outcomes = outcomes;
        this.providers = providers;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void execute(RefundRequested r) {
        if (jdbc.sql("SELECT count(*) FROM refunds WHERE id = ?").param(r.refundId()).query(Long.class).single() > 0) {
            return; // the same decision published again
        }
        var found = payments.paidForBooking(r.bookingId());
        if (found.isEmpty()) {
            log.warn("refund {} for booking {}: no paid payment, nothing to refund", r.refundId(), r.bookingId());
            return;
        }
        Payment p = payments.lock(found.get().id()).orElseThrow();
        if (p.status() != PaymentStatus.PAID && p.status() != PaymentStatus.REFUNDED) {
            log.warn("refund {}: payment {} is {}", r.refundId(), p.id(), p.status().wire());
            return;
        }
        BigDecimal fee = r.feeAmount() == null ? BigDecimal.ZERO : r.feeAmount();
        boolean providerCanRefund = p.provider() != Provider.WALLET
                && providers.find(p.provider()).map(PaymentProvider::supportsRefund).orElse(false);
        var decision = RefundPolicy.decide(p.amount(), p.refundedAmount(), r.refundAmount(), fee, providerCanRefund);
        if (decision.amount().signum() == 0) {
            log.info("refund {}: nothing left to refund on payment {}", r.refundId(), p.id());
            return;
        }
        UUID driver = p.driverId() != null ? p.driverId() : r.driverId();
        jdbc.sql("""
                INSERT INTO refunds (id, payment_id, booking_id, amount, fee_amount, destination, reason, status, driver_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.refundId(), p.id(), r.bookingId(), decision.amount(), fee, decision.destination().wire(), reason(r).wire(),
                        RefundStatus.PENDING.wire(), driver)
                .update();
        Pending refund = new Pending(r.refundId(), p.id(), r.bookingId(), driver, decision.amount(), decision.destination());
        if (decision.destination() == RefundPolicy.Destination.PROVIDER && !refundAtProvider(p, refund)) {
            return; // stays pending: retried by retryPending()
        }
        complete(p, refund);
    }

    /** A reason this version does not know is kept as unspecified (the refund itself does not depend on it). */
    private static RefundReason reason(RefundRequested r) {
        if (r.reason() == null) {
            return RefundReason.UNSPECIFIED;
        }
        return RefundReason.fromWire(r.reason()).orElseGet(() -> {
            log.warn("refund {}: unknown reason {}, stored as unspecified", r.refundId(), r.reason());
            return RefundReason.UNSPECIFIED;
        });
    }

    private record Pending(UUID refundId, UUID paymentId, UUID bookingId, UUID driverId, BigDecimal amount, RefundPolicy.Destination destination) {
    }

    /** Provider refunds a provider could not confirm (down, timeout); the provider's refund is idempotent on the refund id. */
    @Transactional
    public int retryPending() {
        List<Pending> pending = jdbc.sql("""
                SELECT id, payment_id, booking_id, driver_id, amount, destination FROM refunds WHERE status = ? ORDER BY created_at
                FOR UPDATE SKIP LOCKED""")
                .param(RefundStatus.PENDING.wire())
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getBigDecimal(5),
                        RefundPolicy.Destination.valueOf(rs.getString(6).toUpperCase(java.util.Locale.ROOT))))
                .list();
        int done = 0;
        for (Pending refund : pending) {
            Payment p = payments.lock(refund.paymentId()).orElseThrow();
            if (refundAtProvider(p, refund)) {
                complete(p, refund);
                done++;
            }
        }
        return done;
    }

    private boolean refundAtProvider(Payment p, Pending refund) {
        try {
            providers.get(p.provider()).refund(p.forProvider(), refund.amount(), refund.refundId());
            return true;
        } catch (ProviderException | ApiException e) {
            log.error("refund {} of payment {} not confirmed by {}, will retry: {}", refund.refundId(), p.id(), p.provider().wire(), e.getMessage());
            return false;
        }
    }

    private void complete(Payment p, Pending refund) {
        jdbc.sql("UPDATE refunds SET status = ?, completed_at = now() WHERE id = ?").params(RefundStatus.SUCCEEDED.wire(), refund.refundId())
                .update();
        outcomes.refunded(p.id(), new Payment.RefundMade(refund.refundId(), refund.driverId(), refund.amount(), refund.destination().wire()));
    }
}
