package com.allocar.platform.events;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What a Kafka listener of the fleet does with a record it cannot handle: nothing is skipped silently. A failure that may
 * pass (a peer or the database briefly away) is retried with growing pauses ({@code allocar.kafka.retry.*}, up to 15
 * minutes by default), holding that partition; a record that can never succeed — not JSON of the expected shape, or a
 * {@link PoisonEvent} — goes at once, and any record whose retries ran out goes then, to {@code <topic>.dlt} with Spring
 * Kafka's headers (original topic, partition, offset, consumer group, exception), logged with its event id.
 */
public final class DeadLetters {

    /** The dead-letter topic of each topic. */
    public static final String SUFFIX = ".dlt";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    /**
     * @param template   publishes the dead letters (the service's String template)
     * @param initial    first pause between two tries
     * @param maxElapsed retries stop after this much time; the record is then dead-lettered
     */
    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, JsonMapper json, Duration initial, Duration maxInterval,
                                                   Duration maxElapsed) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                // no partition: Kafka picks it by the record's key, whatever the dead-letter topic's partition count
                (record, e) -> new TopicPartition(record.topic() + SUFFIX, -1));
        ExponentialBackOff backOff = new ExponentialBackOff(initial.toMillis(), 2.0);
        backOff.setMaxInterval(maxInterval.toMillis());
        backOff.setMaxElapsedTime(maxElapsed.toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            log.error("dead-lettering event {} ({}) of {}-{}@{} to {}{}: {}", eventId(json, record), type(json, record), record.topic(),
                    record.partition(), record.offset(), record.topic(), SUFFIX, rootMessage(e));
            publisher.accept(record, e);
        }, backOff);
        handler.setRetryListeners((record, e, attempt) -> log.warn("event {} ({}) of {}-{}@{} failed (attempt {}): {}",
                eventId(json, record), type(json, record), record.topic(), record.partition(), record.offset(), attempt, rootMessage(e)));
        // bad data, never a passing outage: a malformed id, a missing field, a row the schema refuses — but a duplicate key
        // may be a race with another instance that a retry resolves
        handler.addNotRetryableExceptions(JacksonException.class, PoisonEvent.class, IllegalArgumentException.class,
                NullPointerException.class, DataIntegrityViolationException.class);
        handler.addRetryableExceptions(DuplicateKeyException.class);
        return handler;
    }

    private static String eventId(JsonMapper json, ConsumerRecord<?, ?> record) {
        return field(json, record, "event_id");
    }

    private static String type(JsonMapper json, ConsumerRecord<?, ?> record) {
        return field(json, record, "type");
    }

    private static String field(JsonMapper json, ConsumerRecord<?, ?> record, String name) {
        if (!(record.value() instanceof String value)) {
            return "?";
        }
        try {
            JsonNode node = json.readTree(value);
            return node.path(name).asString("?");
        } catch (JacksonException notJson) {
            return "not-json";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** Thrown by a listener for a record that will never be handled however often it is retried. */
    public static class PoisonEvent extends RuntimeException {

        public PoisonEvent(String message) {
            super(message);
        }
    }
}
