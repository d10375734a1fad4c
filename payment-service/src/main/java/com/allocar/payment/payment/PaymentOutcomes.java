package com.allocar.payment.payment;

import java.time.Clock;
import java.util.UUID;

import com.allocar.payment.promo.Promos;
import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases that change a payment's status: lock the row, let the {@link Payment} make its transition (it checks
 * the lifecycle and records its event), save it, settle the promo use — in one transaction, so a state change and its
 * event exist together or not at all.
 */
@Service
public class PaymentOutcomes {

    private final PaymentRepository payments;
    private final Promos promos;
    private final Clock clock;

    PaymentOutcomes(PaymentRepository payments, Promos promos, Clock clock) {
        this.payments = payments;
        this.promos = promos;
        this.clock = clock;
    }

    /** @return false when the payment was already paid (a repeat) */
    @Transactional
    public boolean paid(UUID paymentId, String providerPayloadJson) {
        Payment p = locked(paymentId);
        if (!p.pay(clock.instant(), providerPayloadJson)) {
            return false;
        }
        payments.save(p);
        promos.redeem(p.id());
        return true;
    }

    /** @return false when the payment had already failed */
    @Transactional
    public boolean failed(UUID paymentId, String reason) {
        Payment p = locked(paymentId);
        if (!p.fail(clock.instant(), reason)) {
            return false;
        }
        payments.save(p);
        promos.release(p.id());
        return true;
    }

    /** Joins the refund's transaction: the payment records {@code payment.refunded} with the refund's details. */
    @Transactional
    public void refunded(UUID paymentId, Payment.RefundMade refund) {
        Payment p = locked(paymentId);
        p.refund(refund, clock.instant());
        payments.save(p);
    }

    private Payment locked(UUID paymentId) {
        return payments.lock(paymentId).orElseThrow(() -> ApiException.notFound("payment", paymentId));
    }
}
