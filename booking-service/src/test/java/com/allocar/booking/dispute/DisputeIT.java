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
    void aPartyOpensADisputeThePartiesReadItAndOnlyAnAdminDecidesIt() {
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

        var notAdmin = http().patch("/api/v1/disputes/" + id, Map.of("status", "resolved", "resolution", "ok"), auth(passenger));
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.errorCode()).isEqualTo("forbidden");
        UUID admin = UUID.randomUUID();
        var noResolution = http().patch("/api/v1/disputes/" + id, Map.of("status", "resolved"), admin(admin));
        assertThat(noResolution.status()).as(noResolution.toString()).isEqualTo(400);
        var review = http().patch("/api/v1/disputes/" + id, Map.of("status", "in_review"), admin(admin));
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        assertThat(review.data().path("status").asString()).isEqualTo("in_review");
        var resolved = http().patch("/api/v1/disputes/" + id, Map.of("status", "resolved", "resolution", "Conducteur averti"), admin(admin));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.data().path("resolved_by").asString()).isEqualTo(admin.toString());
        assertThat(resolved.data().path("resolution").asString()).isEqualTo("Conducteur averti");
        var reopen = http().patch("/api/v1/disputes/" + id, Map.of("status", "open"), admin(admin));
        assertThat(reopen.status()).isEqualTo(409);
        assertThat(reopen.body().path("error").path("details").path("current").asString()).isEqualTo("resolved");
        assertThat(http().get("/api/v1/disputes/" + id, admin(admin)).status()).isEqualTo(200);

        // on booking.disputes, in order, each once: the refused changes (400, 409) published nothing
        List<ConsumerRecord<String, String>> events = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.disputes", id, Duration.ofSeconds(1));
        assertThat(types(events)).containsExactly("dispute.opened", "dispute.updated", "dispute.updated");
        JsonNode open = payload(events.getFirst());
        assertThat(open.path("booking_id").asString()).isEqualTo(bookingId);
        assertThat(open.path("passenger_id").asString()).isEqualTo(passenger.toString());
        assertThat(open.path("driver_id").asString()).isEqualTo(driver.toString());
        assertThat(open.path("opened_by").asString()).isEqualTo(passenger.toString());
        assertThat(open.path("category").asString()).isEqualTo("driver_behaviour");
        assertThat(open.path("status").asString()).isEqualTo("open");
        assertThat(open.path("previous_status").isNull()).isTrue();
        JsonNode inReview = payload(events.get(1));
        assertThat(inReview.path("previous_status").asString() + ">" + inReview.path("status").asString()).isEqualTo("open>in_review");
        assertThat(inReview.path("resolution").isNull()).isTrue();
        JsonNode decided = payload(events.getLast());
        assertThat(decided.path("previous_status").asString() + ">" + decided.path("status").asString()).isEqualTo("in_review>resolved");
        assertThat(decided.path("resolution").asString()).isEqualTo("Conducteur averti");
        assertThat(decided.path("driver_id").asString()).isEqualTo(driver.toString());
    }
}
