package com.allocar.trip.hold;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SeatHoldIT extends TripIT {

    @Autowired
    HoldExpiryJob expiryJob;

    private TestHttp.Response requestHold(String tripId, UUID booking, UUID passenger, int seats, Integer ttl) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("booking_id", booking.toString());
        body.put("passenger_id", passenger.toString());
        body.put("seats", seats);
        if (ttl != null) {
            body.put("ttl_seconds", ttl);
        }
        return http().post("/internal/trips/" + tripId + "/holds", body, internal());
    }

    @Test
    void fiftyParallelHoldsOnAThreeSeatTripNeverOversell() throws Exception {
        UUID driver = driverWithKyc();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        int attempts = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Response>> results = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return requestHold(tripId, UUID.randomUUID(), UUID.randomUUID(), 1, null);
                }));
            }
            start.countDown();
        }
        int won = 0;
        int refused = 0;
        for (var f : results) {
            TestHttp.Response r = f.get();
            if (r.status() == 201) {
                won++;
                assertThat(r.data().path("status").asString()).isEqualTo("held");
                assertThat(r.data().path("seats_available").asInt()).isBetween(0, 2);
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(409);
                assertThat(r.errorCode()).isEqualTo("booking_conflict");
                JsonNode details = r.body().path("error").path("details");
                assertThat(details.path("available").asInt()).isZero();
                assertThat(details.path("requested").asInt()).isEqualTo(1);
                refused++;
            }
        }
        assertThat(won).isEqualTo(3);
        assertThat(refused).isEqualTo(attempts - 3);
        // from the database: counters, holds and the invariant agree
        var row = jdbc.sql("SELECT seats_total, seats_held, seats_confirmed FROM trips WHERE id = ?::uuid").param(tripId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).single();
        assertThat(row).containsExactly(3, 3, 0);
        assertThat(jdbc.sql("SELECT count(*) FROM seat_holds WHERE trip_id = ?::uuid").param(tripId).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT coalesce(sum(seats), 0) FROM seat_holds WHERE trip_id = ?::uuid AND status = 'HELD'").param(tripId)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(http().get("/api/v1/trips/" + tripId).data().path("seats_available").asInt()).isZero();
    }

    @Test
    void aHoldIsIdempotentPerBooking() {
        UUID driver = driverWithKyc();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID booking = UUID.randomUUID();
        UUID passenger = UUID.randomUUID();
        var first = requestHold(tripId, booking, passenger, 2, 600);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data().path("seats_available").asInt()).isEqualTo(1);
        assertThat(first.data().path("trip_id").asString()).isEqualTo(tripId);
        assertThat(first.data().path("booking_id").asString()).isEqualTo(booking.toString());
        // the trip's facts come with the hold: a booking needs no second call
        JsonNode trip = first.data().path("trip");
        assertThat(trip.path("id").asString()).isEqualTo(tripId);
        assertThat(trip.path("driver_id").asString()).isEqualTo(driver.toString());
        assertThat(trip.path("status").asString()).isEqualTo("published");
        assertThat(trip.path("price_per_seat").decimalValue()).isEqualByComparingTo("6000");
        assertThat(trip.path("seats_available").asInt()).isEqualTo(1);
        assertThat(trip.path("origin_text").asString()).isEqualTo("Abidjan, Plateau");
        var again = requestHold(tripId, booking, passenger, 2, 600);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().path("hold_id").asString()).isEqualTo(first.data().path("hold_id").asString());
        assertThat(again.data().path("expires_at").asString()).isEqualTo(first.data().path("expires_at").asString());
        assertThat(again.data().path("seats_available").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT seats_held FROM trips WHERE id = ?::uuid").param(tripId).query(Integer.class).single()).isEqualTo(2);
        // the same booking with other details is a conflict, not a second hold
        assertThat(requestHold(tripId, booking, passenger, 1, 600).status()).isEqualTo(409);
    }

    @Test
    void refusalsAndTheirReasons() {
        UUID driver = driverWithKyc();
        String tripId = publishedTrip(driver, 2).path("id").asString();
        var tooMany = requestHold(tripId, UUID.randomUUID(), UUID.randomUUID(), 3, null);
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.errorCode()).isEqualTo("booking_conflict");
        assertThat(tooMany.body().path("error").path("details").path("available").asInt()).isEqualTo(2);
        assertThat(tooMany.body().path("error").path("details").path("requested").asInt()).isEqualTo(3);

        var own = requestHold(tripId, UUID.randomUUID(), driver, 1, null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.errorCode()).isEqualTo("forbidden");

        assertThat(requestHold(UUID.randomUUID().toString(), UUID.randomUUID(), UUID.randomUUID(), 1, null).status()).isEqualTo(404);
        assertThat(fieldsOf(requestHold(tripId, UUID.randomUUID(), UUID.randomUUID(), 0, null))).contains("seats");
        assertThat(fieldsOf(requestHold(tripId, UUID.randomUUID(), UUID.randomUUID(), 1, 5))).contains("ttl_seconds");
        assertThat(fieldsOf(http().post("/internal/trips/" + tripId + "/holds", Map.of("seats", 1), internal()))).contains("booking_id");

        var body = specExample(soon());
        body.put("status", "draft");
        String draft = createTrip(driver, body).path("id").asString();
        var onDraft = requestHold(draft, UUID.randomUUID(), UUID.randomUUID(), 1, null);
        assertThat(onDraft.status()).isEqualTo(409);
        assertThat(onDraft.errorCode()).isEqualTo("conflict");
        assertThat(onDraft.body().path("error").path("details").path("current").asString()).isEqualTo("draft");

        jdbc.sql("UPDATE trips SET departure_time = now() - interval '1 minute' WHERE id = ?::uuid").param(tripId).update();
        var departed = requestHold(tripId, UUID.randomUUID(), UUID.randomUUID(), 1, null);
        assertThat(departed.status()).isEqualTo(409);
        assertThat(departed.errorCode()).isEqualTo("conflict");
        assertThat(departed.body().path("error").path("details").has("departure_time")).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM seat_holds WHERE trip_id IN (?::uuid, ?::uuid)").params(tripId, draft)
                .query(Long.class).single()).as("refused holds leave no row").isZero();

        assertThat(http().post("/internal/trips/" + tripId + "/holds", Map.of("booking_id", UUID.randomUUID().toString(),
                "passenger_id", UUID.randomUUID().toString(), "seats", 1)).status()).isIn(401, 403);
    }

    @Test
    void confirmKeepsTheSeatsReleaseGivesThemBackBothIdempotent() {
        UUID driver = driverWithKyc();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        String holdId = hold(tripId, UUID.randomUUID(), 2);

        var confirmed = http().post("/internal/holds/" + holdId + "/confirm", null, internal());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.data().path("status").asString()).isEqualTo("confirmed");
        assertThat(confirmed.data().path("seats_available").asInt()).isEqualTo(1);
        assertThat(http().post("/internal/holds/" + holdId + "/confirm", null, internal()).data().path("status").asString()).isEqualTo("confirmed");
        assertThat(counters(tripId)).containsExactly(0, 2);

        var released = http().post("/internal/holds/" + holdId + "/release", Map.of("reason", "passenger_cancelled"), internal());
        assertThat(released.data().path("status").asString()).isEqualTo("released");
        assertThat(released.data().path("seats_available").asInt()).isEqualTo(3);
        assertThat(http().post("/internal/holds/" + holdId + "/release", null, internal()).status()).isEqualTo(200);
        assertThat(counters(tripId)).containsExactly(0, 0);
        assertThat(releaseReason(holdId)).as("the first release's reason stays").isEqualTo("passenger_cancelled");

        var late = http().post("/internal/holds/" + holdId + "/confirm", null, internal());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().path("error").path("details").path("current").asString()).isEqualTo("released");

        String held = hold(tripId, UUID.randomUUID(), 1);
        assertThat(http().post("/internal/holds/" + held + "/release", null, internal()).data().path("seats_available").asInt()).isEqualTo(3);
        assertThat(releaseReason(held)).as("no reason given").isEqualTo("released");
        assertThat(http().get("/internal/holds/" + held, internal()).data().path("status").asString()).isEqualTo("released");
        assertThat(http().post("/internal/holds/" + UUID.randomUUID() + "/confirm", null, internal()).status()).isEqualTo(404);
        assertThat(http().post("/internal/holds/" + UUID.randomUUID() + "/release", null, internal()).status()).isEqualTo(404);
    }

    @Test
    void expiredHoldsAreReleasedAndAnnouncedOnce() {
        UUID driver = driverWithKyc();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID booking = UUID.randomUUID();
        String holdId = hold(tripId, booking, 2);
        String alive = hold(tripId, UUID.randomUUID(), 1);
        jdbc.sql("UPDATE seat_holds SET expires_at = now() - interval '1 second' WHERE id = ?::uuid").param(holdId).update();

        assertThat(expiryJob.releaseExpired()).isGreaterThanOrEqualTo(1);
        assertThat(expiryJob.releaseExpired()).as("nothing left to expire").isZero();
        assertThat(counters(tripId)).containsExactly(1, 0);
        assertThat(http().get("/internal/holds/" + holdId, internal()).data().path("status").asString()).isEqualTo("expired");
        assertThat(releaseReason(holdId)).isEqualTo("expired");
        assertThat(http().get("/internal/holds/" + alive, internal()).data().path("status").asString()).isEqualTo("held");
        assertThat(http().get("/api/v1/trips/" + tripId).data().path("seats_available").asInt()).isEqualTo(2);
        // an expired hold cannot be paid any more, and releasing it again changes nothing
        assertThat(http().post("/internal/holds/" + holdId + "/confirm", null, internal()).status()).isEqualTo(409);
        assertThat(http().post("/internal/holds/" + holdId + "/release", null, internal()).data().path("seats_available").asInt()).isEqualTo(2);

        var expired = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", tripId, Duration.ofSeconds(1)).stream()
                .filter(r -> new String(r.headers().lastHeader("event_type").value()).equals("seat_hold.expired")).toList();
        assertThat(expired).hasSize(1);
        JsonNode payload = TestHttp.json().readTree(expired.getFirst().value()).path("payload");
        assertThat(payload.path("hold_id").asString()).isEqualTo(holdId);
        assertThat(payload.path("booking_id").asString()).isEqualTo(booking.toString());
        assertThat(payload.path("trip_id").asString()).isEqualTo(tripId);
        assertThat(payload.path("seats").asInt()).isEqualTo(2);
    }

    private String releaseReason(String holdId) {
        return jdbc.sql("SELECT release_reason FROM seat_holds WHERE id = ?::uuid").param(holdId).query(String.class).single();
    }

    private int[] counters(String tripId) {
        return jdbc.sql("SELECT seats_held, seats_confirmed FROM trips WHERE id = ?::uuid").param(tripId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }
}
