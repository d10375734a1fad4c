package com.allocar.identity.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.support.IdentityIT;
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

class RatingUpdateIT extends IdentityIT {

    @Test
    void newerAggregatesWinAndLateOrDuplicateOnesChangeNothing() throws Exception {
        JsonNode session = signedUpUser();
        String userId = session.path("user").path("id").asString();
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            String second = event(userId, "4.50", 2);
            producer.send(new ProducerRecord<>("booking.ratings", userId, second)).get();
            producer.send(new ProducerRecord<>("booking.ratings", userId, event(userId, "5.00", 1))).get(); // late, older
            producer.send(new ProducerRecord<>("booking.ratings", userId, second)).get(); // duplicate
        }
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http().get("/api/v1/users/" + userId).data().path("rating_count").asInt() == 2);
        Thread.sleep(1500); // let the late and duplicate deliveries be processed too
        JsonNode profile = http().get("/api/v1/users/" + userId).data();
        assertThat(profile.path("rating_avg").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(profile.path("rating_count").asInt()).isEqualTo(2);
    }

    private static String event(String userId, String avg, int count) {
        return TestHttp.json().writeValueAsString(Map.of("event_id", UUID.randomUUID().toString(), "type", "user.rating_updated",
                "aggregate_id", userId, "occurred_at", Instant.now().toString(), "version", 1,
                "payload", Map.of("user_id", userId, "rating_avg", new java.math.BigDecimal(avg), "rating_count", count)));
    }
}
