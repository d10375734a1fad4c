package com.allocar.trip.ride;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.trip.support.TripIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** admin-service's moderation of trips through the internal API: the staff list, and a staff cancellation with its audit entry. */
class StaffModerationIT extends TripIT {

    private static List<String> ids(TestHttp.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return StreamSupport.stream(r.data().spliterator(), false).map(t -> t.path("id").asString()).toList();
    }

    @Test
    void staffListEveryTripOfADriverNewestDepartureFirstFilteredAndPaged() {
        UUID driver = driverWithKyc();
        java.time.Instant first = soon();
        String early = createTrip(driver, trip(PLATEAU, "Abidjan, Plateau", YAMOUSSOUKRO, "Yamoussoukro", first, 6000, 3)).path("id").asString();
        Map<String, Object> draftBody = trip(PLATEAU, "Abidjan, Plateau", BOUAKE, "Bouaké", first.plus(2, ChronoUnit.DAYS), 8000, 2);
        draftBody.put("status", "draft");
        String draft = createTrip(driver, draftBody).path("id").asString();
        String late = createTrip(driver, trip(ADJAME, "Adjamé", TOUMODI, "Toumodi", first.plus(1, ChronoUnit.DAYS), 4000, 4)).path("id").asString();
        http().post("/api/v1/trips/" + late + "/cancel", Map.of("reason", "panne"), auth(driver));

        var all = http().get("/internal/trips?driver_id=" + driver, asAdmin());
        assertThat(ids(all)).containsExactly(draft, late, early);
        assertThat(all.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(3);
        JsonNode shown = all.data().get(0);
        assertThat(shown.path("status").asString()).isEqualTo("draft");
        assertThat(shown.path("driver_id").asString()).isEqualTo(driver.toString());
        assertThat(shown.path("destination_text").asString()).isEqualTo("Bouaké");
        assertThat(shown.path("seats_available").asInt()).isEqualTo(2);
        assertThat(all.data().get(1).path("cancel_reason").asString()).isEqualTo("panne");

        assertThat(ids(http().get("/internal/trips?driver_id=" + driver + "&status=published", asAdmin()))).containsExactly(early);
        assertThat(ids(http().get("/internal/trips?driver_id=" + driver + "&status=in:draft,cancelled", asAdmin()))).containsExactly(draft, late);
        assertThat(ids(http().get("/internal/trips?driver_id=" + driver + "&departure_time_lte=" + first.plus(1, ChronoUnit.DAYS), asAdmin())))
                .containsExactly(late, early);
        var second = http().get("/internal/trips?driver_id=" + driver + "&page=2&page_size=2", asAdmin());
        assertThat(ids(second)).containsExactly(early);
        assertThat(second.body().path("meta").path("pagination").path("page").asInt()).isEqualTo(2);

        assertThat(fieldsOf(http().get("/internal/trips?status=gone", asAdmin()))).contains("status");
        assertThat(fieldsOf(http().get("/internal/trips?driver_id=nope", asAdmin()))).contains("driver_id");
        assertThat(fieldsOf(http().get("/internal/trips?colour=blue", asAdmin()))).contains("colour");
        assertThat(fieldsOf(http().get("/internal/trips?page_size=101", asAdmin()))).contains("page_size");
    }

    @Test
    void aStaffCancellationReleasesEveryHoldNamesTheStaffMemberAndIsAudited() {
        UUID driver = driverWithKyc();
        UUID staff = UUID.randomUUID();
        String id = publishedTrip(driver, 4).path("id").asString();
        HeldAndPaid bookings = heldAndPaid(id);

        var cancelled = http().post("/internal/trips/" + id + "/cancellation", Map.of("reason", "  Annonce frauduleuse ", "staff_id", staff), asAdmin());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().path("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.data().path("cancel_reason").asString()).isEqualTo("Annonce frauduleuse");
        assertThat(cancelled.data().path("seats_available").asInt()).isEqualTo(4);
        assertThat(cancelled.data().path("seats_confirmed").asInt()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM seat_holds WHERE trip_id = ?::uuid AND status = 'RELEASED' AND release_reason = 'trip_cancelled'")
                .param(id).query(Long.class).single()).isEqualTo(2);

        var events = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", id, Duration.ofSeconds(1));
        assertThat(types(events)).containsExactly("trip.created", "trip.published", "trip.cancelled");
        JsonNode payload = TestHttp.json().readTree(events.getLast().value()).path("payload");
        assertThat(payload.path("cancelled_by").asString()).isEqualTo("admin");
        assertThat(payload.path("staff_id").asString()).isEqualTo(staff.toString());
        assertThat(payload.path("reason").asString()).isEqualTo("Annonce frauduleuse");
        assertThat(payload.path("affected_booking_ids").toString()).contains(bookings.held().toString()).contains(bookings.paid().toString());

        List<ConsumerRecord<String, String>> audits = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "audit.entries", id, Duration.ofSeconds(1));
        assertThat(types(audits)).containsExactly("audit.recorded");
        JsonNode entry = TestHttp.json().readTree(audits.getFirst().value()).path("payload");
        assertThat(entry.path("actor_type").asString()).isEqualTo("admin");
        assertThat(entry.path("actor_id").asString()).isEqualTo(staff.toString());
        assertThat(entry.path("action").asString()).isEqualTo("trip.cancel");
        assertThat(entry.path("entity").asString()).isEqualTo("trip");
        assertThat(entry.path("entity_id").asString()).isEqualTo(id);
        assertThat(entry.path("meta").path("reason").asString()).isEqualTo("Annonce frauduleuse");
        assertThat(entry.path("meta").path("previous_status").asString()).isEqualTo("published");

        // once over, the trip refuses a second cancellation and nothing more is published or audited
        var again = http().post("/internal/trips/" + id + "/cancellation", Map.of("reason", "encore", "staff_id", staff), asAdmin());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("conflict");
        assertThat(again.body().path("error").path("details").path("current").asString()).isEqualTo("cancelled");
        assertThat(types(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", id, Duration.ofSeconds(1)))).hasSize(3);
        assertThat(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "audit.entries", id, Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void onlyADraftOrPublishedTripIsCancelledByStaffAndABadRequestChangesNothing() {
        UUID driver = driverWithKyc();
        UUID staff = UUID.randomUUID();
        String ongoing = publishedTrip(driver, 2).path("id").asString();
        assertThat(http().post("/internal/trips/" + ongoing + "/start", null, internal()).status()).isEqualTo(200);
        var underWay = http().post("/internal/trips/" + ongoing + "/cancellation", Map.of("reason", "x", "staff_id", staff), asAdmin());
        assertThat(underWay.status()).as(underWay.toString()).isEqualTo(409);
        assertThat(underWay.body().path("error").path("details").path("current").asString()).isEqualTo("ongoing");
        assertThat(http().post("/internal/trips/" + ongoing + "/complete", null, internal()).status()).isEqualTo(200);
        var over = http().post("/internal/trips/" + ongoing + "/cancellation", Map.of("reason", "x", "staff_id", staff), asAdmin());
        assertThat(over.body().path("error").path("details").path("current").asString()).isEqualTo("completed");

        var unknown = http().post("/internal/trips/" + UUID.randomUUID() + "/cancellation", Map.of("reason", "x", "staff_id", staff), asAdmin());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");

        String draft = createTrip(driver, Map.of("origin", place(PLATEAU, "Plateau"), "destination", place(BOUAKE, "Bouaké"),
                "departure_time", soon().toString(), "price_per_seat", 7000, "seats_available", 3, "status", "draft")).path("id").asString();
        assertThat(fieldsOf(http().post("/internal/trips/" + draft + "/cancellation", Map.of("staff_id", staff), asAdmin()))).contains("reason");
        assertThat(fieldsOf(http().post("/internal/trips/" + draft + "/cancellation", Map.of("reason", "  ", "staff_id", staff), asAdmin())))
                .contains("reason");
        assertThat(fieldsOf(http().post("/internal/trips/" + draft + "/cancellation", Map.of("reason", "x".repeat(501), "staff_id", staff),
                asAdmin()))).contains("reason");
        assertThat(fieldsOf(http().post("/internal/trips/" + draft + "/cancellation", Map.of("reason", "doublon"), asAdmin()))).contains("staff_id");
        assertThat(http().get("/internal/trips?driver_id=" + driver + "&status=draft", asAdmin()).data().get(0).path("status").asString())
                .isEqualTo("draft");
        // a draft nobody could book yet is moderated too
        var done = http().post("/internal/trips/" + draft + "/cancellation", Map.of("reason", "x".repeat(500), "staff_id", staff), asAdmin());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.data().path("status").asString()).isEqualTo("cancelled");
    }
}
