package com.allocar.booking.dispute;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.support.BookingIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestInfra;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DisputeIT extends BookingIT {

    @Test
    void aPartyOpensADisputeThePartiesReadItAndNoMemberTokenChangesIt() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        String bookingId = booked(passenger, tripId, 1).path("id").asString();

        var byStranger = http().post("/api/v1/disputes", Map.of("booking_id", bookingId, "category", "payment",
                "description", "Je n'ai rien à voir avec ce trajet"), auth(stranger));
        assertThat(byStranger.status()).isEqualTo(403);
        var invalid = http().post("/api/v1/disputes", Map.of("booking_id", bookingId, "category", "weather", "description", "court"),
                auth(passenger));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorCode()).isEqualTo("validation_error");
        var unknown = http().post("/api/v1/disputes", Map.of("booking_id", UUID.randomUUID().toString(), "category", "payment",
                "description", "Réservation introuvable ?"), auth(passenger));
        assertThat(unknown.status()).isEqualTo(404);

        var opened = http().post("/api/v1/disputes", Map.of("booking_id", bookingId, "category", "driver_behaviour",
                "description", "Le conducteur ne répond pas au téléphone"), auth(passenger));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.data().path("id").asString();
        assertThat(opened.data().path("status").asString()).isEqualTo("open");
        assertThat(opened.data().path("category").asString()).isEqualTo("driver_behaviour");
        var duplicate = http().post("/api/v1/disputes", Map.of("booking_id", bookingId, "category", "other",
                "description", "Encore la même chose"), auth(passenger));
        assertThat(duplicate.status()).isEqualTo(409);

        assertThat(http().get("/api/v1/disputes/" + id, auth(passenger)).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/disputes/" + id, auth(driver)).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/disputes/" + id, auth(stranger)).status()).isEqualTo(403);
        assertThat(http().get("/api/v1/disputes/" + UUID.randomUUID(), auth(stranger)).status()).isEqualTo(404);

        // staff are Keycloak users reviewing through admin-service (StaffDisputesIT): no member token changes a dispute here,
        // whatever roles it carries — the method is not mapped at all
        for (String[] member : List.of(auth(passenger), admin(UUID.randomUUID()))) {
            var patch = http().patch("/api/v1/disputes/" + id, Map.of("status", "resolved", "resolution", "ok"), member);
            assertThat(patch.status()).as(patch.toString()).isEqualTo(405);
            assertThat(patch.errorCode()).isEqualTo("method_not_allowed");
        }
        // nor does an "admin" role let a stranger read it
        assertThat(http().get("/api/v1/disputes/" + id, admin(stranger)).status()).isEqualTo(403);

        // on booking.disputes, once: nothing refused published anything
        List<ConsumerRecord<String, String>> events = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.disputes", id, Duration.ofSeconds(1));
        assertThat(types(events)).containsExactly("dispute.opened");
        JsonNode open = payload(events.getFirst());
        assertThat(open.path("booking_id").asString()).isEqualTo(bookingId);
        assertThat(open.path("passenger_id").asString()).isEqualTo(passenger.toString());
        assertThat(open.path("driver_id").asString()).isEqualTo(driver.toString());
        assertThat(open.path("opened_by").asString()).isEqualTo(passenger.toString());
        assertThat(open.path("category").asString()).isEqualTo("driver_behaviour");
        assertThat(open.path("status").asString()).isEqualTo("open");
        assertThat(open.path("previous_status").isNull()).isTrue();
    }
}
