package com.allocar.booking.booking;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.api.BookingEvents;
import com.allocar.booking.api.BookingEvents.BookingChanged;
import com.allocar.booking.api.BookingEvents.DriverPenalized;
import com.allocar.booking.api.BookingEvents.RefundRequested;
import com.allocar.booking.cancellation.domain.CancellationOutcome;
import com.allocar.platform.events.Outbox;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a booking change leaves behind, in the change's transaction: the audit row ({@code booking_events})
 * and the event on {@code booking.bookings} (outbox) — plus the refund decision and the driver's penalty.
 */
@Component
public class BookingJournal {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final JsonMapper json;

    BookingJournal(JdbcClient jdbc, Outbox outbox, JsonMapper json) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.json = json;
    }

    /** A status change (or a same-status milestone such as check-in): audit row + event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Booking b, Booking.Transition t, Actor by, UUID actorId, String eventType, Map<String, Object> meta, Instant now) {
        audit(b.getId(), t.from() == null ? null : t.from().wire(), t.to().wire(), by, actorId, withEvent(meta, eventType), now);
        outbox.publish(BookingEvents.BOOKINGS_TOPIC, "booking", b.getId(), eventType,
                new BookingChanged(b.getId(), b.getTripId(), b.getPassengerId(), b.getDriverId(), b.getSeats(), b.getAmountTotal(),
                        b.getCurrency(), t.to().wire(), t.from() == null ? null : t.from().wire(), by.wire(), b.getDepartureTime(), now));
    }

    /** Something happened to the booking that changes nothing (e.g. a failed payment): audit only, from = to. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noted(Booking b, Actor by, UUID actorId, Map<String, Object> meta, Instant now) {
        audit(b.getId(), b.getStatus().wire(), b.getStatus().wire(), by, actorId, meta, now);
    }

    /** @param refundId one per refunded payment: payment-service's idempotency key */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refundRequested(Booking b, UUID refundId, java.math.BigDecimal amountPaid, CancellationOutcome o, Instant now) {
        outbox.publish(BookingEvents.BOOKINGS_TOPIC, "booking", b.getId(), BookingEvents.REFUND_REQUESTED,
                new RefundRequested(refundId, b.getId(), b.getPassengerId(), b.getDriverId(), amountPaid, o.refund(), o.fee(),
                        b.getCurrency(), o.refundReason(), now));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void driverPenalized(Booking b, CancellationOutcome o, Instant now) {
        o.penalty().ifPresent(p -> outbox.publish(BookingEvents.BOOKINGS_TOPIC, "booking", b.getId(), BookingEvents.DRIVER_PENALIZED,
                new DriverPenalized(UUID.nameUUIDFromBytes(("penalty:" + b.getId()).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        b.getDriverId(), b.getTripId(), b.getId(), p.amount(), b.getCurrency(), p.scorePoints(),
                        "late_cancellation", now)));
    }

    private void audit(UUID bookingId, String from, String to, Actor by, UUID actorId, Map<String, Object> meta, Instant now) {
        jdbc.sql("""
                INSERT INTO booking_events (id, booking_id, from_status, to_status, by, actor_id, meta, created_at)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""")
                .params(UUID.randomUUID(), bookingId, from, to, by.wire(), actorId, json.writeValueAsString(meta == null ? Map.of() : meta),
                        java.sql.Timestamp.from(now))
                .update();
    }

    private static Map<String, Object> withEvent(Map<String, Object> meta, String eventType) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("event", eventType);
        if (meta != null) {
            m.putAll(meta);
        }
        return m;
    }
}
