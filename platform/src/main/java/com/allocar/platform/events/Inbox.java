package com.allocar.platform.events;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotent consumption: "already handled?" and "mark handled" are one insert that joins the
 * consumer's business transaction, so a redelivered event changes nothing.
 */
public class Inbox {

    private final JdbcClient jdbc;
    private final EventReader reader;

    public Inbox(JdbcClient jdbc, EventReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    /**
     * The typed payload of {@code message} if it is an event of {@code type} that {@code consumer}
     * has not handled yet (and marks it handled); empty otherwise. For single-type listeners:
     * {@code inbox.accept(msg, "driver.activated", DriverActivated.class, "identity.drivers").ifPresent(...)}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> java.util.Optional<T> accept(String message, String type, Class<T> payloadType, String consumer) {
        EventEnvelope event = reader.envelope(message);
        if (!type.equals(event.type()) || !firstDelivery(event.eventId(), consumer)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(reader.payload(event, payloadType));
    }

    /**
     * Of a batch of events, those {@code consumer} sees for the first time (one statement); an id twice in the batch is
     * returned once — the caller applies each effect once, for the first occurrence.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.Set<UUID> firstDeliveries(java.util.Collection<UUID> eventIds, String consumer) {
        if (eventIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                INSERT INTO inbox (event_id, consumer, handled_at) SELECT DISTINCT e, ?, now() FROM unnest(?::uuid[]) AS e
                ON CONFLICT DO NOTHING RETURNING event_id""").params(consumer, eventIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** True the first time {@code consumer} sees {@code eventId}; the caller applies the effect only then. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer) {
        return jdbc.sql("INSERT INTO inbox (event_id, consumer, handled_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING")
                .params(eventId, consumer).update() == 1;
    }
}
