package com.allocar.trip.ride;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.InternalRoutes;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.trip.support.IdentityEventsFixture;
import com.allocar.trip.support.TripIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TripLifecycleIT extends TripIT {

    @Test
    void theSpecsExampleBodyPublishesDirectlyAndAnyoneCanReadTheTrip() {
        UUID driver = driverWithKyc("Kouassi", "Yao");
        rating(driver, "4.70", 12);
        Instant departure = soon();
        var created = http().post("/api/v1/trips", specExample(departure), auth(driver));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode t = created.data();
        String id = t.path("id").asString();
        assertThat(UUID.fromString(id).version()).isEqualTo(4);
        assertThat(t.path("status").asString()).isEqualTo("published");
        assertThat(t.path("seats_total").asInt()).isEqualTo(3);
        assertThat(t.path("seats_available").asInt()).isEqualTo(3);
        assertThat(t.path("price_per_seat").decimalValue()).isEqualByComparingTo("6000");
        assertThat(t.path("currency").asString()).isEqualTo("XOF");
        assertThat(t.path("origin").path("lat").asDouble()).isEqualTo(5.3575);
        assertThat(t.path("destination").path("text").asString()).isEqualTo("Yamoussoukro");
        assertThat(t.path("departure_time").asString()).isEqualTo(departure.toString());
        assertThat(t.path("allow_auto_accept").asBoolean()).isTrue();
        assertThat(t.path("luggage_policy").asString()).isEqualTo("1 valise cabine");

        var anonymous = http().get("/api/v1/trips/" + id);
        assertThat(anonymous.status()).isEqualTo(200);
        JsonNode d = anonymous.data().path("driver");
        assertThat(d.path("display_name").asString()).isEqualTo("Kouassi Y.");
        assertThat(d.path("last_initial").asString()).isEqualTo("Y.");
        assertThat(d.has("last_name")).isFalse();
        assertThat(d.path("rating_avg").decimalValue()).isEqualByComparingTo("4.70");
        assertThat(d.path("rating_count").asInt()).isEqualTo(12);
        assertThat(anonymous.data().path("stops").isArray()).isTrue();

        // events, each exactly once; the first published trip makes the member a driver, once
        List<String> types = types(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", id, Duration.ofSeconds(1)));
        assertThat(types).containsExactly("trip.created", "trip.published");
        createTrip(driver, specExample(departure.plus(1, ChronoUnit.DAYS)));
        var activations = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.drivers", driver.toString(), Duration.ofSeconds(2));
        assertThat(types(activations)).containsExactly("driver.activated");
        JsonNode activated = TestHttp.json().readTree(activations.getFirst().value());
        assertThat(activated.path("payload").path("user_id").asString()).isEqualTo(driver.toString());
        assertThat(activated.path("payload").path("activated_at").asString()).isNotBlank();
        JsonNode published = TestHttp.json().readTree(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", id,
                Duration.ofMillis(200)).get(1).value());
        assertThat(published.path("aggregate_id").asString()).isEqualTo(id);
        assertThat(published.path("payload").path("trip_id").asString()).isEqualTo(id);
        assertThat(published.path("payload").path("seats_available").asInt()).isEqualTo(3);
    }

    @Test
    void publishingNeedsAnApprovedKycButADraftDoesNot() {
        UUID member = UUID.randomUUID();
        var refused = http().post("/api/v1/trips", specExample(soon()), auth(member));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("kyc_required");
        assertThat(refused.body().path("error").path("details").path("kyc_status").asString()).isEqualTo("none");

        var body = specExample(soon());
        body.put("status", "draft");
        JsonNode draft = createTrip(member, body);
        assertThat(draft.path("status").asString()).isEqualTo("draft");
        String id = draft.path("id").asString();
        // a draft exists for its driver only
        assertThat(http().get("/api/v1/trips/" + id).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/trips/" + id, auth(UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/trips/" + id, auth(member)).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/trips/" + id + "/stops").status()).isEqualTo(404);

        // KYC submitted: still pending
        String submitted = IdentityEventsFixture.kyc(UUID.randomUUID(), "kyc.submitted", member, Instant.now());
        IdentityEventsFixture.send("identity.kyc", TestHttp.json().readTree(submitted).path("aggregate_id").asString(), submitted);
        await().atMost(Duration.ofSeconds(20)).until(() -> "pending".equals(kycStatus(member)));
        var pending = http().post("/api/v1/trips/" + id + "/publish", null, auth(member));
        assertThat(pending.status()).isEqualTo(403);
        assertThat(pending.body().path("error").path("details").path("kyc_status").asString()).isEqualTo("pending");
        assertThat(types(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.drivers", member.toString(), Duration.ofMillis(500))))
                .isEmpty();

        String approved = IdentityEventsFixture.kyc(UUID.randomUUID(), "kyc.approved", member, Instant.now());
        IdentityEventsFixture.send("identity.kyc", TestHttp.json().readTree(approved).path("aggregate_id").asString(), approved);
        await().atMost(Duration.ofSeconds(20)).until(() -> "approved".equals(kycStatus(member)));
        assertThat(http().post("/api/v1/trips/" + id + "/publish", null, auth(UUID.randomUUID())).status()).isEqualTo(403);
        var ok = http().post("/api/v1/trips/" + id + "/publish", null, auth(member));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.data().path("status").asString()).isEqualTo("published");
        assertThat(ok.data().path("published_at").asString()).isNotBlank();
        assertThat(http().get("/api/v1/trips/" + id).status()).isEqualTo(200);
        assertThat(types(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", id, Duration.ofSeconds(1))))
                .containsExactly("trip.created", "trip.published");
        assertThat(types(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.drivers", member.toString(), Duration.ofSeconds(1))))
                .containsExactly("driver.activated");

        // publishing twice is an illegal transition
        var twice = http().post("/api/v1/trips/" + id + "/publish", null, auth(member));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("error").path("details").path("current").asString()).isEqualTo("published");
    }

    @Test
    void patchFollowsTheRules() {
        UUID driver = driverWithKyc();
        JsonNode t = publishedTrip(driver, 3);
        String id = t.path("id").asString();
        Instant later = soon().plus(3, ChronoUnit.HOURS);

        var ok = http().patch("/api/v1/trips/" + id, Map.of("price_per_seat", 7000, "departure_time", later.toString(),
                "rules", "Pas de musique forte"), auth(driver));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.data().path("price_per_seat").decimalValue()).isEqualByComparingTo("7000");
        assertThat(ok.data().path("departure_time").asString()).isEqualTo(later.toString());
        assertThat(ok.data().path("rules").asString()).isEqualTo("Pas de musique forte");
        assertThat(ok.data().path("seats_total").asInt()).isEqualTo(3);

        assertThat(http().patch("/api/v1/trips/" + id, Map.of("price_per_seat", 5000), auth(UUID.randomUUID())).errorCode()).isEqualTo("forbidden");
        assertThat(http().patch("/api/v1/trips/" + UUID.randomUUID(), Map.of("price_per_seat", 5000), auth(driver)).errorCode()).isEqualTo("not_found");
        assertThat(http().patch("/api/v1/trips/" + id, Map.of("price_per_seat", 5000)).errorCode()).isEqualTo("auth_required");

        // the axis' price band
        var tooExpensive = http().patch("/api/v1/trips/" + id, Map.of("price_per_seat", 25000), auth(driver));
        assertThat(fieldsOf(tooExpensive)).contains("price_per_seat");
        assertThat(tooExpensive.body().path("error").path("details").path("floor").decimalValue()).isEqualByComparingTo("3000");
        assertThat(tooExpensive.body().path("error").path("details").path("ceiling").decimalValue()).isEqualByComparingTo("9000");

        // validation, with field names
        assertThat(fieldsOf(http().patch("/api/v1/trips/" + id, Map.of("origin", Map.of("lat", 95, "lon", -4.0, "text", "x")), auth(driver))))
                .contains("origin.lat");
        assertThat(fieldsOf(http().patch("/api/v1/trips/" + id, Map.of("departure_time", Instant.now().minusSeconds(60).toString()), auth(driver))))
                .contains("departure_time");
        assertThat(fieldsOf(http().patch("/api/v1/trips/" + id, Map.of("seats_available", 9), auth(driver)))).contains("seats_available");
        assertThat(fieldsOf(http().patch("/api/v1/trips/" + id, Map.of("arrival_eta", later.minusSeconds(60).toString()), auth(driver))))
                .contains("arrival_eta");
        assertThat(fieldsOf(http().patch("/api/v1/trips/" + id, Map.of("price_per_seat", "cheap"), auth(driver)))).contains("price_per_seat");

        // never fewer seats than held + paid
        hold(id, UUID.randomUUID(), 2);
        var below = http().patch("/api/v1/trips/" + id, Map.of("seats_available", 1), auth(driver));
        assertThat(below.status()).isEqualTo(409);
        assertThat(below.errorCode()).isEqualTo("conflict");
        JsonNode details = below.body().path("error").path("details");
        assertThat(details.path("minimum").asInt()).isEqualTo(2);
        assertThat(details.path("requested").asInt()).isEqualTo(1);
        assertThat(details.path("seats_held").asInt()).isEqualTo(2);
        assertThat(http().patch("/api/v1/trips/" + id, Map.of("seats_available", 2), auth(driver)).data().path("seats_available").asInt()).isZero();
        // the route cannot move under passengers
        var moved = http().patch("/api/v1/trips/" + id, Map.of("destination", place(BOUAKE, "Bouaké")), auth(driver));
        assertThat(moved.status()).isEqualTo(409);
    }

    @Test
    void nothingChangesAfterDeparture() {
        UUID driver = driverWithKyc();
        String id = publishedTrip(driver, 3).path("id").asString();
        jdbc.sql("UPDATE trips SET departure_time = now() - interval '5 minutes' WHERE id = ?::uuid").param(id).update();
        var late = http().patch("/api/v1/trips/" + id, Map.of("price_per_seat", 5000), auth(driver));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().path("error").path("details").has("departure_time")).isTrue();
        var stops = http().post("/api/v1/trips/" + id + "/stops", Map.of("stops", List.of()), auth(driver));
        assertThat(stops.status()).isEqualTo(409);
    }

    @Test
    void illegalTransitionsAreConflictsNamingTheAllowedStates() {
        UUID driver = driverWithKyc();
        var body = specExample(soon());
        body.put("status", "draft");
        String draft = createTrip(driver, body).path("id").asString();
        var startDraft = http().post("/internal/trips/" + draft + "/start", null, internal());
        assertThat(startDraft.status()).isEqualTo(409);
        assertThat(startDraft.body().path("error").path("details").path("current").asString()).isEqualTo("draft");
        assertThat(allowed(startDraft)).containsExactly("cancelled", "published");

        String id = publishedTrip(driver, 3).path("id").asString();
        var started = http().post("/internal/trips/" + id + "/start", null, internal());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.data().path("status").asString()).isEqualTo("ongoing");
        assertThat(http().post("/internal/trips/" + id + "/start", null, internal()).status()).as("idempotent").isEqualTo(200);

        var cancelOngoing = http().post("/api/v1/trips/" + id + "/cancel", Map.of("reason", "panne"), auth(driver));
        assertThat(cancelOngoing.status()).isEqualTo(409);
        assertThat(cancelOngoing.body().path("error").path("details").path("current").asString()).isEqualTo("ongoing");
        assertThat(allowed(cancelOngoing)).containsExactly("completed");
        assertThat(http().patch("/api/v1/trips/" + id, Map.of("rules", "x"), auth(driver)).status()).isEqualTo(409);
        assertThat(http().delete("/api/v1/trips/" + id, auth(driver)).status()).isEqualTo(409);

        var completed = http().post("/internal/trips/" + id + "/complete", null, internal());
        assertThat(completed.data().path("status").asString()).isEqualTo("completed");
        assertThat(http().post("/internal/trips/" + id + "/complete", null, internal()).status()).isEqualTo(200);
        var restart = http().post("/internal/trips/" + id + "/start", null, internal());
        assertThat(restart.status()).isEqualTo(409);
        assertThat(allowed(restart)).isEmpty();
        assertThat(types(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", id, Duration.ofSeconds(1))))
                .containsExactly("trip.created", "trip.published", "trip.started", "trip.completed");

        String other = publishedTrip(driver, 3).path("id").asString();
        assertThat(http().post("/api/v1/trips/" + other + "/cancel", null, auth(UUID.randomUUID())).errorCode()).isEqualTo("forbidden");
        assertThat(http().post("/api/v1/trips/" + other + "/cancel", null, auth(driver)).data().path("status").asString()).isEqualTo("cancelled");
        var again = http().post("/api/v1/trips/" + other + "/cancel", null, auth(driver));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("error").path("details").path("current").asString()).isEqualTo("cancelled");
        assertThat(allowed(again)).isEmpty();
        assertThat(http().post("/api/v1/trips/" + other + "/publish", null, auth(driver)).status()).isEqualTo(409);
        assertThat(http().post("/api/v1/trips/" + UUID.randomUUID() + "/cancel", null, auth(driver)).status()).isEqualTo(404);
    }

    @Test
    void cancellingReleasesEveryHoldAndNamesTheBookings() {
        UUID driver = driverWithKyc();
        String id = publishedTrip(driver, 4).path("id").asString();
        HeldAndPaid bookings = heldAndPaid(id);
        assertThat(http().get("/api/v1/trips/" + id).data().path("seats_available").asInt()).isEqualTo(1);

        var cancelled = http().post("/api/v1/trips/" + id + "/cancel", Map.of("reason", "Voiture en panne"), auth(driver));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().path("seats_available").asInt()).isEqualTo(4);
        assertThat(cancelled.data().path("seats_confirmed").asInt()).isZero();
        assertThat(cancelled.data().path("cancel_reason").asString()).isEqualTo("Voiture en panne");
        assertThat(jdbc.sql("SELECT count(*) FROM seat_holds WHERE trip_id = ?::uuid AND status = 'RELEASED'").param(id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM seat_holds WHERE trip_id = ?::uuid AND release_reason = 'trip_cancelled'").param(id)
                .query(Long.class).single()).isEqualTo(2);

        var events = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", id, Duration.ofSeconds(1));
        assertThat(types(events)).containsExactly("trip.created", "trip.published", "trip.cancelled");
        JsonNode payload = TestHttp.json().readTree(events.getLast().value()).path("payload");
        assertThat(payload.path("reason").asString()).isEqualTo("Voiture en panne");
        assertThat(payload.path("affected_booking_ids").toString()).contains(bookings.held().toString()).contains(bookings.paid().toString());
        // the driver's own: said so, no staff member named, nothing for the staff audit trail
        assertThat(payload.path("cancelled_by").asString()).isEqualTo("driver");
        assertThat(payload.path("staff_id").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND type = 'audit.recorded'").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void onlyATripWithoutPaidSeatsCanBeDeleted() {
        UUID driver = driverWithKyc();
        String id = publishedTrip(driver, 3).path("id").asString();
        UUID booking = UUID.randomUUID();
        String holdId = hold(id, booking, 1);
        http().post("/internal/holds/" + holdId + "/confirm", null, internal());
        assertThat(http().delete("/api/v1/trips/" + id, auth(UUID.randomUUID())).status()).isEqualTo(403);
        var refused = http().delete("/api/v1/trips/" + id, auth(driver));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("error").path("details").path("seats_confirmed").asInt()).isEqualTo(1);

        http().post("/internal/holds/" + holdId + "/release", Map.of("reason", "passenger_cancelled"), internal());
        UUID stillHeld = UUID.randomUUID();
        hold(id, stillHeld, 1);
        assertThat(http().delete("/api/v1/trips/" + id, auth(driver)).status()).isEqualTo(204);
        assertThat(http().get("/api/v1/trips/" + id).status()).isEqualTo(404);
        assertThat(http().delete("/api/v1/trips/" + id, auth(driver)).status()).isEqualTo(404);
        var events = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", id, Duration.ofSeconds(1));
        assertThat(types(events)).last().isEqualTo("trip.deleted");
        assertThat(TestHttp.json().readTree(events.getLast().value()).path("payload").path("affected_booking_ids").toString())
                .contains(stillHeld.toString()).doesNotContain(booking.toString());
    }

    @Test
    void validatesNewTripsWithFieldNames() {
        UUID driver = driverWithKyc();
        var noSeats = specExample(soon());
        noSeats.remove("seats_available");
        assertThat(fieldsOf(http().post("/api/v1/trips", noSeats, auth(driver)))).contains("seats_available");
        var both = specExample(soon());
        both.put("seats_total", 2);
        assertThat(fieldsOf(http().post("/api/v1/trips", both, auth(driver)))).contains("seats_available");
        var badLon = specExample(soon());
        badLon.put("destination", Map.of("lat", 6.8, "lon", -200, "text", "Nulle part"));
        assertThat(fieldsOf(http().post("/api/v1/trips", badLon, auth(driver)))).contains("destination.lon");
        var noText = specExample(soon());
        noText.put("origin", Map.of("lat", 5.3, "lon", -4.0, "text", " "));
        assertThat(fieldsOf(http().post("/api/v1/trips", noText, auth(driver)))).contains("origin.text");
        var past = specExample(Instant.now().minus(1, ChronoUnit.HOURS));
        assertThat(fieldsOf(http().post("/api/v1/trips", past, auth(driver)))).contains("departure_time");
        var same = specExample(soon());
        same.put("destination", Map.of("lat", 5.3576, "lon", -4.0084, "text", "Plateau aussi"));
        assertThat(fieldsOf(http().post("/api/v1/trips", same, auth(driver)))).contains("destination");
        var status = specExample(soon());
        status.put("status", "ongoing");
        assertThat(fieldsOf(http().post("/api/v1/trips", status, auth(driver)))).contains("status");
        var cheap = specExample(soon());
        cheap.put("price_per_seat", 500);
        var band = http().post("/api/v1/trips", cheap, auth(driver));
        assertThat(fieldsOf(band)).contains("price_per_seat");
        assertThat(band.body().path("error").path("details").path("axis").asString()).isEqualTo("abidjan-yamoussoukro");
        assertThat(http().post("/api/v1/trips", "{not json", auth(driver)).errorCode()).isEqualTo("validation_error");
        assertThat(http().post("/api/v1/trips", specExample(soon())).errorCode()).isEqualTo("auth_required");

        // vehicles: someone else's is forbidden, an unknown one invalid, more seats than the car has invalid
        String othersCar = vehicle(UUID.randomUUID(), 4, "basic").path("id").asString();
        var withOthers = specExample(soon());
        withOthers.put("vehicle_id", othersCar);
        assertThat(http().post("/api/v1/trips", withOthers, auth(driver)).errorCode()).isEqualTo("forbidden");
        var unknown = specExample(soon());
        unknown.put("vehicle_id", UUID.randomUUID().toString());
        assertThat(fieldsOf(http().post("/api/v1/trips", unknown, auth(driver)))).contains("vehicle_id");
        String small = vehicle(driver, 2, "basic").path("id").asString();
        var tooMany = specExample(soon());
        tooMany.put("vehicle_id", small);
        assertThat(fieldsOf(http().post("/api/v1/trips", tooMany, auth(driver)))).contains("seats_available");
        tooMany.put("seats_available", 2);
        assertThat(http().post("/api/v1/trips", tooMany, auth(driver)).data().path("vehicle").path("comfort_level").asString()).isEqualTo("basic");
    }

    @Test
    void unknownTripsAreNotFound() {
        var r = http().get("/api/v1/trips/" + UUID.randomUUID());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("not_found");
        assertThat(http().get("/api/v1/trips/not-a-uuid").errorCode()).isEqualTo("validation_error");
        assertThat(http().post("/api/v1/trips/" + UUID.randomUUID() + "/publish", null, auth(UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(http().get("/internal/trips/" + UUID.randomUUID(), internal()).status()).isEqualTo(404);
    }

    @Test
    void internalRoutesNeedTheServiceToken() {
        UUID driver = driverWithKyc();
        String id = publishedTrip(driver, 3).path("id").asString();
        assertThat(http().post("/internal/trips/" + id + "/start", null).status()).isIn(401, 403);
        assertThat(http().post("/internal/trips/" + id + "/start", null, InternalRoutes.OLD_PUBLIC_TOKEN).status()).isEqualTo(401);
        assertThat(http().post("/internal/trips/" + id + "/start", null, auth(driver)).status()).isIn(401, 403);
        var summary = http().get("/internal/trips/" + id, internal());
        assertThat(summary.data().path("driver_id").asString()).isEqualTo(driver.toString());
        assertThat(summary.data().path("seats_available").asInt()).isEqualTo(3);
        assertThat(summary.data().path("status").asString()).isEqualTo("published");
    }

    private static List<String> allowed(TestHttp.Response r) {
        List<String> out = new java.util.ArrayList<>();
        r.body().path("error").path("details").path("allowed").forEach(n -> out.add(n.asString()));
        return out;
    }
}
