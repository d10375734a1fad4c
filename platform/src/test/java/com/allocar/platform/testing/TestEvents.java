package com.allocar.platform.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events to the real broker exactly as another service's outbox relay does: the fleet's envelope
 * {@code {event_id, type, aggregate_id, occurred_at, version, payload}} as JSON, keyed by aggregate, with the
 * {@code event_type} header. A test sends the same envelope twice to play a redelivery.
 */
public final class TestEvents {

    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    /** An envelope, serialised. */
    public static String envelope(UUID eventId, String type, String aggregateId, Instant occurredAt, Map<String, ?> payload) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event_id", eventId.toString());
        e.put("type", type);
        e.put("aggregate_id", aggregateId);
        e.put("occurred_at", occurredAt.toString());
        e.put("version", 1);
        e.put("payload", payload);
        return TestHttp.json().writeValueAsString(e);
    }

    /** A new envelope (fresh event id, now) for {@code aggregateId}. */
    public static String envelope(String type, String aggregateId, Map<String, ?> payload) {
        return envelope(UUID.randomUUID(), type, aggregateId, Instant.now(), payload);
    }

    /** Sends and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String envelope) {
        try {
            var record = new ProducerRecord<>(topic, key, envelope);
            record.headers().add("event_type", TestHttp.json().readTree(envelope).path("type").asString().getBytes());
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.KAFKA,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.ACKS_CONFIG, "all"));
        }
        return producer;
    }
}
