package com.allocar.identity.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DriverActivationIT extends IdentityIT {

    @Test
    void aFirstPublishedTripMakesTheMemberADriverOnceEvenIfTheEventIsRedelivered() throws Exception {
        JsonNode session = signedUpUser();
        String userId = session.path("user").path("id").asString();
        String event = TestHttp.json().writeValueAsString(Map.of(
                "event_id", UUID.randomUUID().toString(), "type", "driver.activated", "aggregate_id", userId,
                "occurred_at", Instant.now().toString(), "version", 1,
                "payload", Map.of("user_id", userId, "activated_at", Instant.now().toString())));
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("trip.drivers", userId, event)).get();
            producer.send(new ProducerRecord<>("trip.drivers", userId, event)).get(); // redelivery
        }
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http().get("/api/v1/me", "Authorization", auth(session)).data().path("is_driver").asBoolean());

        // the next token carries the driver role
        var refreshed = http().post("/api/v1/auth/token/refresh", Map.of("refresh_token", session.path("refresh_token").asString()));
        String payload = new String(java.util.Base64.getUrlDecoder().decode(refreshed.data().path("access_token").asString().split("\\.")[1]));
        assertThat(payload).contains("\"driver\"");

        var updates = KafkaProbe.recordsWithKey(TestInfra.KAFKA, IdentityEventType.USERS_TOPIC, userId, Duration.ofSeconds(2)).stream()
                .filter(r -> new String(r.headers().lastHeader("event_type").value()).equals(IdentityEventType.USER_UPDATED.wire())).toList();
        assertThat(updates).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox WHERE consumer = 'identity.driver-activation' AND event_id = ?::uuid")
                .param(TestHttp.json().readTree(event).path("event_id").asString()).query(Long.class).single()).isEqualTo(1);
    }
}
