package com.allocar.platform.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an event to the service's {@code outbox} table in the caller's transaction, so the event
 * exists if and only if the state change committed. The relay publishes it to Kafka right after commit.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OutboxRelay relay;

    public Outbox(JdbcClient jdbc, JsonMapper json, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.json = json;
        this.relay = relay;
    }

    /** Writes a recorded event where its type says: topic, aggregate type, wire type. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publish(PublishedEvent event) {
        EventType type = event.type();
        return publish(type.topic(), type.aggregateType(), event.aggregateId(), type.wire(), event.payload());
    }

    /** @return the event id */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publish(String topic, String aggregateType, Object aggregateId, String type, Object payload) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        var envelope = new EventEnvelope(id, type, aggregateId.toString(), now, 1, json.valueToTree(payload));
        jdbc.sql("""
                INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, type, payload, occurred_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""")
                .params(id, topic, aggregateType, aggregateId.toString(), type, json.writeValueAsString(envelope),
                        java.sql.Timestamp.from(now))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return id;
    }
}
