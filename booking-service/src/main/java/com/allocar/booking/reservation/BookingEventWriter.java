package com.allocar.booking.reservation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.reservation.BookingEvent.BookingNoted;
import com.allocar.booking.reservation.BookingEvent.Changed;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.Outbox;
import com.allocar.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of what a booking's transitions leave behind, in the saving transaction: the audit row
 * ({@code booking_events}, meta {@code {"event": type, …}}) and, for a published event, its outbox row on
 * {@code booking.bookings}; a staff decision's {@link Audited} entry (a booking's or a dispute's) on {@code audit.entries}.
 */
@Component
class BookingEventWriter {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final JsonMapper json;

    BookingEventWriter(JdbcClient jdbc, Outbox outbox, JsonMapper json) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(BookingEvent event) {
        switch (event) {
            case Changed c -> audit(c.bookingId(), c.change().previousStatus(), c.change().status(), c.trail(),
                    withEvent(c.type().wire(), c.trail().meta()), c.change().occurredAt());
            case BookingNoted n -> audit(n.bookingId(), n.status().wire(), n.status().wire(), n.trail(),
                    withEvent(n.note().wire(), n.trail().meta()), n.at());
            default -> {
                // a refund or a penalty: the cancellation's own row tells of it
            }
        }
        if (event instanceof PublishedEvent published) {
            outbox.publish(published);
        }
    }

    /**
     * A staff decision on a booking or a dispute records the fleet's audit entry beside its change: published like their
     * own events, in the same transaction (admin-service keeps it as {@code audit_logs}). The one writer of booking-service's
     * audit entries, so that none is published twice.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(Audited entry) {
        outbox.publish(entry);
    }

    private void audit(UUID bookingId, String from, String to, Trail trail, Map<String, Object> meta, Instant at) {
        jdbc.sql("""
                INSERT INTO booking_events (id, booking_id, from_status, to_status, by, actor_id, meta, created_at)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""")
                .params(UUID.randomUUID(), bookingId, from, to, trail.by().wire(), trail.actorId(), json.writeValueAsString(meta),
                        Timestamp.from(at))
                .update();
    }

    private static Map<String, Object> withEvent(String event, Map<String, Object> meta) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", event);
        m.putAll(meta);
        return m;
    }
}
