package com.allocar.trip.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes identity-shaped (and booking-shaped) events to the real broker, as those services' outbox relays do. */
public final class IdentityEventsFixture {

    private static KafkaProducer<String, String> producer;

    private IdentityEventsFixture() {
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

    /** An envelope {event_id, type, aggregate_id, occurred_at, version, payload}, serialised. */
    public static String envelope(UUID eventId, String type, String aggregateId, Instant occurredAt, Map<String, Object> payload) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event_id", eventId.toString());
        e.put("type", type);
        e.put("aggregate_id", aggregateId);
        e.put("occurred_at", occurredAt.toString());
        e.put("version", 1);
        e.put("payload", payload);
        return TestHttp.json().writeValueAsString(e);
    }

    public static void send(String topic, String key, String envelope) {
        try {
            var record = new ProducerRecord<>(topic, key, envelope);
            record.headers().add("event_type", TestHttp.json().readTree(envelope).path("type").asString().getBytes());
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    public static String userRegistered(UUID userId, String first, String last) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("user_id", userId.toString());
        p.put("phone", "+2250700000000");
        p.put("email", null);
        p.put("first_name", first);
        p.put("last_name", last);
        p.put("referral_code", "REF" + userId.toString().substring(0, 5));
        p.put("sign_up_method", "phone");
        p.put("registered_at", Instant.now().toString());
        return envelope(UUID.randomUUID(), "user.registered", userId.toString(), Instant.now(), p);
    }

    public static String userUpdated(UUID eventId, UUID userId, String first, String last, String photoUrl, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("user_id", userId.toString());
        p.put("first_name", first);
        p.put("last_name", last);
        p.put("gender", null);
        p.put("birthdate", null);
        p.put("photo_url", photoUrl);
        p.put("driver", false);
        p.put("active", true);
        return envelope(eventId, "user.updated", userId.toString(), at, p);
    }

    /** kyc.submitted / kyc.approved / kyc.rejected (identity keys them by document id). */
    public static String kyc(UUID eventId, String type, UUID userId, Instant at) {
        UUID doc = UUID.randomUUID();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("document_id", doc.toString());
        p.put("user_id", userId.toString());
        p.put("doc_type", "cni");
        if (type.equals("kyc.submitted")) {
            p.put("submitted_at", at.toString());
        } else {
            p.put("status", type.equals("kyc.approved") ? "approved" : "rejected");
            p.put("notes", type.equals("kyc.approved") ? null : "Photo floue");
            p.put("reviewed_by", UUID.randomUUID().toString());
            p.put("reviewed_at", at.toString());
        }
        return envelope(eventId, type, doc.toString(), at, p);
    }

    public static String ratingUpdated(UUID eventId, UUID userId, String avg, int count, Instant at) {
        return envelope(eventId, "user.rating_updated", userId.toString(), at,
                Map.of("user_id", userId.toString(), "rating_avg", new java.math.BigDecimal(avg), "rating_count", count));
    }
}
