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

    public Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time {@code consumer} sees {@code eventId}; the caller applies the effect only then. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer) {
        return jdbc.sql("INSERT INTO inbox (event_id, consumer, handled_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING")
                .params(eventId, consumer).update() == 1;
    }
}
