package com.allocar.payment.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.allocar.payment.api.PaymentEvents;
import com.allocar.payment.promo.Promos;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.events.Outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of a payment's status: locks the row, checks the transition with {@link PaymentStatus}, writes
 * the change, settles the promo use and puts the event in the outbox — all in one transaction, so a state
 * change and its event exist together or not at all.
 */
@Service
public class PaymentOutcomes {

    private final PaymentRepository payments;
    private final Promos promos;
    private final Outbox outbox;
    private final Clock clock;

    PaymentOutcomes(PaymentRepository payments, Promos promos, Outbox outbox, Clock clock) {
        this.payments = payments;
        this.promos = promos;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return false when the payment was already paid (a repeat) */
    @Transactional
    public boolean paid(UUID paymentId, String providerPayloadJson) {
        Payment p = locked(paymentId);
        if (!p.status().moveTo(PaymentStatus.PAID)) {
            return false;
        }
        Instant now = clock.instant();
        payments.markPaid(p.id(), now, providerPayloadJson);
        promos.redeem(p.id());
        outbox.publish(PaymentEvents.TOPIC, "payment", p.id(), PaymentEvents.PAYMENT_SUCCEEDED,
                new PaymentEvents.PaymentSucceeded(p.id(), p.purpose().wire(), p.bookingId(), p.topupId(), p.userId(), p.driverId(),
                        p.amount(), p.discount(), p.commission(), p.fees(), p.currency(), p.method().wire(), p.provider().wire(),
                        p.providerRef(), now));
        return true;
    }

    /** @return false when the payment had already failed */
    @Transactional
    public boolean failed(UUID paymentId, String reason) {
        Payment p = locked(paymentId);
        if (!p.status().moveTo(PaymentStatus.FAILED)) {
            return false;
        }
        Instant now = clock.instant();
        payments.markFailed(p.id(), now, reason);
        promos.release(p.id());
        outbox.publish(PaymentEvents.TOPIC, "payment", p.id(), PaymentEvents.PAYMENT_FAILED,
                new PaymentEvents.PaymentFailed(p.id(), p.purpose().wire(), p.bookingId(), p.topupId(), p.userId(), reason, now));
        return true;
    }

    /** Joins the refund's transaction; the refund writes its own event (it knows the destination). */
    @Transactional
    public void refunded(UUID paymentId, BigDecimal amount) {
        Payment p = locked(paymentId);
        // a second partial refund of an already refunded payment adds to refunded_amount
        if (p.status() == PaymentStatus.REFUNDED || p.status().moveTo(PaymentStatus.REFUNDED)) {
            payments.markRefunded(p.id(), clock.instant(), amount);
        }
    }

    private Payment locked(UUID paymentId) {
        return payments.lock(paymentId).orElseThrow(() -> ApiException.notFound("payment", paymentId));
    }
}
