package com.allocar.booking.booking;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.booking.api.BookingEvents;
import com.allocar.booking.booking.PaymentReply.PaymentFailed;
import com.allocar.booking.booking.PaymentReply.PaymentSucceeded;
import com.allocar.booking.cancellation.domain.CancellationOutcome;
import com.allocar.booking.cancellation.domain.Initiator;
import com.allocar.booking.trip.TripClient;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.events.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The booking → payment saga, orchestrated here, its state on the booking row. Each reply or trip event is applied
 * once (inbox, same transaction as the effect) and is safe in any order:
 * <ul>
 * <li>{@code payment.succeeded}: the hold is confirmed in trip-service (idempotent, before the transaction), then the
 *     booking becomes paid and gets its check-in code. A payment the booking cannot take (hold already expired,
 *     booking cancelled meanwhile, a second payment) is refunded in full.</li>
 * <li>{@code payment.failed}: the booking does not change; the failure is recorded in its audit trail.</li>
 * <li>{@code seat_hold.expired}: an unpaid booking is cancelled by the system (seats already back).</li>
 * <li>{@code trip.cancelled} / {@code trip.deleted}: every live booking of the trip is cancelled; paid ones refunded
 *     in full, and a late cancellation penalises the driver.</li>
 * </ul>
 */
@Service
public class BookingSaga {

    public static final String PAYMENTS_CONSUMER = "booking.payments";
    public static final String TRIPS_CONSUMER = "booking.trips";
    private static final Logger log = LoggerFactory.getLogger(BookingSaga.class);

    private final BookingRepository bookings;
    private final TripClient trips;
    private final BookingJournal journal;
    private final Cancellations cancellations;
    private final Inbox inbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    BookingSaga(BookingRepository bookings, TripClient trips, BookingJournal journal, Cancellations cancellations, Inbox inbox,
                JdbcClient jdbc, TransactionTemplate tx) {
        this.bookings = bookings;
        this.trips = trips;
        this.journal = journal;
        this.cancellations = cancellations;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public void paymentSucceeded(UUID eventId, PaymentSucceeded p) {
        if (handled(eventId, PAYMENTS_CONSUMER)) {
            return;
        }
        Optional<Booking> current = bookings.findById(p.bookingId());
        boolean holdConfirmed = false;
        boolean attempted = current.isPresent() && current.get().getStatus() == BookingStatus.ACCEPTED;
        if (current.isPresent() && current.get().getStatus() == BookingStatus.ACCEPTED && current.get().getHoldId() != null) {
            try {
                trips.confirm(current.get().getHoldId());
                holdConfirmed = true;
            } catch (ApiException e) {
                if (e.code() != ErrorCode.CONFLICT && e.code() != ErrorCode.NOT_FOUND) {
                    throw e; // trip-service unreachable: the listener retries the event later
                }
                log.info("hold of booking {} is gone ({}): the payment will be refunded", p.bookingId(), e.getMessage());
            }
        }
        boolean confirmed = holdConfirmed;
        boolean confirmAttempted = attempted;
        tx.executeWithoutResult(s -> {
            if (!inbox.firstDelivery(eventId, PAYMENTS_CONSUMER)) {
                return;
            }
            Optional<Booking> locked = bookings.lockById(p.bookingId());
            if (locked.isEmpty()) {
                log.warn("payment.succeeded {} for unknown booking {}", p.paymentId(), p.bookingId());
                return;
            }
            Booking b = locked.get();
            Instant now = Instant.now();
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("payment_id", p.paymentId().toString());
            meta.put("amount", p.amount());
            if (b.getStatus() == BookingStatus.ACCEPTED && confirmed) {
                journal.changed(b, b.pay(p.paymentId(), p.amount(), CheckInCode.generate(), now), Actor.SYSTEM, null,
                        BookingEvents.BOOKING_PAID, meta, now);
                return;
            }
            if (b.getStatus() == BookingStatus.PAID && p.paymentId().equals(b.getPaymentId())) {
                return; // the same payment announced twice under two event ids
            }
            if (b.getStatus() == BookingStatus.ACCEPTED && !confirmAttempted) {
                // accepted since we looked: roll back (inbox included) and let the listener deliver it again
                throw new IllegalStateException("booking " + b.getId() + " changed while its payment was applied; retrying");
            }
            if (b.getStatus() == BookingStatus.ACCEPTED) { // the hold ran out before the money came: nothing to sell any more
                cancellations.cancel(b, Initiator.SYSTEM, Actor.SYSTEM, null, "hold_expired", BookingEvents.BOOKING_CANCELLED, true, now);
            } else {
                meta.put("event", "payment.succeeded");
                meta.put("ignored_because", b.getStatus().wire());
                journal.noted(b, Actor.SYSTEM, null, meta, now);
            }
            // money arrived for a booking that cannot take it: all of it goes back
            journal.refundRequested(b, Cancellations.paymentRefundId(p.paymentId()), p.amount(),
                    new CancellationOutcome(p.amount(), java.math.BigDecimal.ZERO.setScale(2), "late_payment", Optional.empty(),
                            "LatePaymentFullRefund"), now);
        });
    }

    public void paymentFailed(UUID eventId, PaymentFailed p) {
        tx.executeWithoutResult(s -> {
            if (!inbox.firstDelivery(eventId, PAYMENTS_CONSUMER)) {
                return;
            }
            bookings.lockById(p.bookingId()).ifPresent(b -> {
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("event", "payment.failed");
                meta.put("payment_id", p.paymentId().toString());
                meta.put("reason", p.reason());
                journal.noted(b, Actor.SYSTEM, null, meta, Instant.now());
            });
        });
    }

    public void holdExpired(UUID eventId, UUID bookingId, UUID holdId) {
        tx.executeWithoutResult(s -> {
            if (!inbox.firstDelivery(eventId, TRIPS_CONSUMER)) {
                return;
            }
            bookings.lockById(bookingId).ifPresent(b -> {
                boolean unpaid = b.getStatus() == BookingStatus.PENDING || b.getStatus() == BookingStatus.ACCEPTED;
                if (unpaid && holdId.equals(b.getHoldId())) {
                    cancellations.cancel(b, Initiator.SYSTEM, Actor.SYSTEM, null, "hold_expired", BookingEvents.BOOKING_CANCELLED, true,
                            Instant.now());
                }
            });
        });
    }

    /** {@code trip.cancelled} and {@code trip.deleted}: trip-service has already released every hold of the trip. */
    public void tripCalledOff(UUID eventId, UUID tripId, String reason) {
        tx.executeWithoutResult(s -> {
            if (!inbox.firstDelivery(eventId, TRIPS_CONSUMER)) {
                return;
            }
            Instant now = Instant.now();
            for (Booking b : bookings.lockByTrip(tripId)) {
                if (b.getStatus().active()) {
                    cancellations.cancel(b, Initiator.TRIP_CANCELLED, Actor.SYSTEM, null, reason, BookingEvents.BOOKING_CANCELLED, true, now);
                }
            }
        });
    }

    /**
     * {@code trip.updated}: the driver moved the departure. Live bookings follow it (the cancellation windows count from
     * it). Events of one trip arrive in order (key = trip id); an older event never overwrites a newer time because
     * each carries the trip as it was when it was emitted, in order.
     */
    public void tripRescheduled(UUID eventId, UUID tripId, Instant departureTime) {
        tx.executeWithoutResult(s -> {
            if (!inbox.firstDelivery(eventId, TRIPS_CONSUMER)) {
                return;
            }
            jdbc.sql("""
                    UPDATE bookings SET departure_time = ?, updated_at = now(), version = version + 1
                    WHERE trip_id = ? AND status IN ('PENDING', 'ACCEPTED', 'PAID') AND departure_time <> ?""")
                    .params(java.sql.Timestamp.from(departureTime), tripId, java.sql.Timestamp.from(departureTime)).update();
        });
    }

    private boolean handled(UUID eventId, String consumer) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = ? AND consumer = ?").params(eventId, consumer)
                .query(Long.class).single() > 0;
    }
}
