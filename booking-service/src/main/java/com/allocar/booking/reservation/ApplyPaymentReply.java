package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.allocar.booking.reservation.PaymentReply.PaymentFailed;
import com.allocar.booking.reservation.PaymentReply.PaymentSucceeded;
import com.allocar.booking.cancellation.domain.CancellationRules;
import com.allocar.booking.cancellation.domain.Initiator;
import com.allocar.booking.trip.TripServiceClient;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.events.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * payment-service's replies to the booking saga, each applied once (inbox, same transaction as the effect) and safe in
 * any order. {@code payment.succeeded}: the hold is confirmed in trip-service (idempotent, before the transaction),
 * then {@link PaymentDecision} says what the booking does. {@code payment.failed}: the booking does not change; the
 * failure is recorded in its audit trail.
 */
@Service
public class ApplyPaymentReply {

    public static final String CONSUMER = "booking.payments";
    private static final Logger log = LoggerFactory.getLogger(ApplyPaymentReply.class);

    private final BookingRepository bookings;
    private final TripServiceClient trips;
    private final CancellationRules rules;
    private final Inbox inbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    ApplyPaymentReply(BookingRepository bookings, TripServiceClient trips, CancellationRules rules, Inbox inbox, JdbcClient jdbc,
                      TransactionTemplate tx) {
        this.bookings = bookings;
        this.trips = trips;
        this.rules = rules;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public void succeeded(UUID eventId, PaymentSucceeded p) {
        if (handled(eventId)) {
            return;
        }
        Optional<Booking> current = bookings.findById(p.bookingId());
        boolean attempted = current.isPresent() && current.get().getStatus() == BookingStatus.ACCEPTED;
        boolean confirmed = attempted && current.get().getHoldId() != null && confirmHold(current.get());
        tx.executeWithoutResult(s -> {
            if (!inbox.firstDelivery(eventId, CONSUMER)) {
                return;
            }
            Optional<Booking> locked = bookings.lockById(p.bookingId());
            if (locked.isEmpty()) {
                log.warn("payment.succeeded {} for unknown booking {}", p.paymentId(), p.bookingId());
                return;
            }
            Booking b = locked.get();
            Instant now = Instant.now();
            switch (PaymentDecision.of(b.getStatus(), b.getPaymentId(), p.paymentId(), attempted, confirmed)) {
                case PaymentDecision.Pay pay -> b.pay(p.paymentId(), p.amount(), CheckInCode.generate(), now);
                case PaymentDecision.Duplicate duplicate -> {
                    return;
                }
                case PaymentDecision.Retry retry ->
                        throw new IllegalStateException("booking " + b.getId() + " changed while its payment was applied; retrying");
                case PaymentDecision.CancelAndRefund cancel -> {
                    b.cancel(CancelRequest.bySystem(Initiator.SYSTEM, CancelReason.HOLD_EXPIRED, true), rules, now);
                    b.refundLatePayment(p.paymentId(), p.amount(), rules, now);
                }
                case PaymentDecision.RefundOnly refund -> {
                    b.paymentIgnored(p.paymentId(), p.amount(), now);
                    b.refundLatePayment(p.paymentId(), p.amount(), rules, now);
                }
            }
            bookings.save(b);
        });
    }

    public void failed(UUID eventId, PaymentFailed p) {
        tx.executeWithoutResult(s -> {
            if (!inbox.firstDelivery(eventId, CONSUMER)) {
                return;
            }
            bookings.lockById(p.bookingId()).ifPresent(b -> {
                b.paymentFailed(p.paymentId(), p.reason(), Instant.now());
                bookings.save(b);
            });
        });
    }

    /** @return false when the hold is gone (expired or released): the payment will be refunded */
    private boolean confirmHold(Booking b) {
        try {
            trips.confirm(b.getHoldId());
            return true;
        } catch (ApiException e) {
            if (e.code() != ErrorCode.CONFLICT && e.code() != ErrorCode.NOT_FOUND) {
                throw e; // trip-service unreachable: the listener retries the event later
            }
            log.info("hold of booking {} is gone ({}): the payment will be refunded", b.getId(), e.getMessage());
            return false;
        }
    }

    private boolean handled(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = ? AND consumer = ?").params(eventId, CONSUMER)
                .query(Long.class).single() > 0;
    }
}
