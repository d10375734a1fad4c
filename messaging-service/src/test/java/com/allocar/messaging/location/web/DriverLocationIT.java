package com.allocar.messaging.location.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.messaging.location.DriverLocationPurge;
import com.allocar.messaging.support.BookingEvents;
import com.allocar.messaging.support.BookingEvents.Booking;
import com.allocar.messaging.support.MessagingIT;
import com.allocar.messaging.support.TestSocket;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's live location: /ws/trips/{id}/driver-location and GET /trips/{id}/driver-location, on the real infrastructure. */
class DriverLocationIT extends MessagingIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    DriverLocationPurge purge;

    /** A paid booking on a trip leaving in {@code in}. */
    private Booking paid(UUID trip, UUID driver, Duration in) {
        Booking b = new Booking(UUID.randomUUID(), trip, UUID.randomUUID(), driver, Instant.now().plus(in).truncatedTo(ChronoUnit.SECONDS));
        BookingEvents.paid(b, Instant.now()).send();
        eventually(() -> "paid".equals(status(b.id())));
        return b;
    }

    private static String path(UUID trip) {
        return "/ws/trips/" + trip + "/driver-location";
    }

    private static Map<String, Object> position(double lat, double lon) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "location");
        f.put("lat", lat);
        f.put("lon", lon);
        f.put("heading", 87.5);
        f.put("speed_kmh", 42);
        f.put("at", Instant.now().toString());
        return f;
    }

    @Test
    void the_driver_s_positions_reach_the_paid_passengers_and_the_last_one_is_served() {
        UUID trip = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        Booking b = paid(trip, driver, Duration.ofMinutes(30));
        Booking other = paid(UUID.randomUUID(), UUID.randomUUID(), Duration.ofMinutes(30));
        String rest = "/api/v1/trips/" + trip + "/driver-location";

        var none = http().get(rest, auth(b.passenger()));
        assertThat(none.status()).as(none.toString()).isEqualTo(404);
        assertThat(none.errorCode()).isEqualTo("not_found");

        try (TestSocket passenger = socket(path(trip), b.passenger()); TestSocket d = socket(path(trip), driver);
             TestSocket otherTrip = socket(path(other.tripId()), other.passenger())) {
            d.send(position(5.3600, -4.0083));
            JsonNode seen = passenger.next("location", WAIT);
            assertThat(seen.path("trip_id").asString()).isEqualTo(trip.toString());
            assertThat(seen.path("driver_id").asString()).isEqualTo(driver.toString());
            assertThat(seen.path("lat").asDouble()).isEqualTo(5.36);
            assertThat(seen.path("lon").asDouble()).isEqualTo(-4.0083);
            assertThat(seen.path("heading").asDouble()).isEqualTo(87.5);
            assertThat(seen.path("speed_kmh").asDouble()).isEqualTo(42.0);
            assertThat(d.next("location", WAIT).path("lat").asDouble()).as("the driver's own echo").isEqualTo(5.36);

            // at most one kept per 2 s
            d.send(position(5.3601, -4.0084));
            JsonNode tooSoon = d.next("error", WAIT);
            assertThat(tooSoon.path("code").asString()).isEqualTo("rate_limited");
            assertThat(tooSoon.path("details").path("retry_after_ms").asLong()).isBetween(1L, 2000L);

            // WGS84 checked
            d.send(position(95, -4.0));
            JsonNode bad = d.next("error", WAIT);
            assertThat(bad.path("code").asString()).isEqualTo("validation_error");
            assertThat(bad.path("details").path("fields").get(0).path("field").asString()).isEqualTo("lat");
            Map<String, Object> stale = position(5.36, -4.0);
            stale.put("at", Instant.now().minusSeconds(600).toString());
            d.send(stale);
            assertThat(d.next("error", WAIT).path("details").path("fields").get(0).path("field").asString()).isEqualTo("at");

            // a passenger sends none
            passenger.send(position(5.30, -4.01));
            JsonNode refused = passenger.next("error", WAIT);
            assertThat(refused.path("code").asString()).isEqualTo("forbidden");
            assertThat(passenger.isOpen()).isTrue();

            var last = http().get(rest, auth(b.passenger()));
            assertThat(last.status()).as(last.toString()).isEqualTo(200);
            assertThat(last.data().path("lat").asDouble()).isEqualTo(5.36);
            assertThat(last.data().path("driver_id").asString()).isEqualTo(driver.toString());
            assertThat(http().get(rest, auth(driver)).status()).isEqualTo(200);
            assertThat(jdbc.sql("SELECT count(*) FROM driver_locations WHERE trip_id = ?").param(trip).query(Long.class).single()).isEqualTo(1);

            // the passenger of another trip heard nothing of this one
            otherTrip.send(Map.of("type", "ping"));
            assertThat(otherTrip.next(WAIT).path("type").asString()).isEqualTo("pong");
        }

        // a reconnecting passenger gets the last position first
        try (TestSocket again = socket(path(trip), b.passenger())) {
            assertThat(again.next("location", WAIT).path("lat").asDouble()).isEqualTo(5.36);
        }
    }

    @Test
    void only_the_driver_and_paid_passengers_are_let_in() {
        UUID trip = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        Booking b = paid(trip, driver, Duration.ofMinutes(30));
        Booking accepted = new Booking(UUID.randomUUID(), trip, UUID.randomUUID(), driver, b.departure());
        BookingEvents.accepted(accepted, Instant.now()).send();
        eventually(() -> "accepted".equals(status(accepted.id())));
        Booking elsewhere = paid(UUID.randomUUID(), UUID.randomUUID(), Duration.ofMinutes(30));

        assertThat(refusal(path(trip), accepted.passenger())).as("not paid").isEqualTo(403);
        assertThat(refusal(path(trip), elsewhere.passenger())).as("another trip's passenger").isEqualTo(403);
        assertThat(refusal(path(trip), UUID.randomUUID())).as("a stranger").isEqualTo(403);
        assertThat(refusal(path(UUID.randomUUID()), driver)).as("no booking of the trip known").isEqualTo(404);
        assertThat(TestSocket.refusal(ws(path(trip)), Map.of())).isEqualTo(401);
        assertThat(http().get(path(trip) + "/admission", auth(driver)).status()).isEqualTo(204);
        assertThat(http().get(path(trip) + "/admission", auth(b.passenger())).status()).isEqualTo(204);
        assertThat(http().get(path(trip) + "/admission", auth(accepted.passenger())).status()).isEqualTo(403);
        assertThat(http().get(path(UUID.randomUUID()) + "/admission", auth(driver)).status()).isEqualTo(404);
        String rest = "/api/v1/trips/" + trip + "/driver-location";
        assertThat(http().get(rest, auth(accepted.passenger())).status()).isEqualTo(403);
        assertThat(http().get(rest, auth(UUID.randomUUID())).errorCode()).isEqualTo("forbidden");
        assertThat(http().get("/api/v1/trips/" + UUID.randomUUID() + "/driver-location", auth(driver)).status()).isEqualTo(404);
    }

    @Test
    void a_passenger_whose_booking_is_cancelled_while_connected_is_let_go_with_4403() {
        UUID trip = UUID.randomUUID();
        Booking b = paid(trip, UUID.randomUUID(), Duration.ofMinutes(30));
        try (TestSocket passenger = socket(path(trip), b.passenger())) {
            BookingEvents.cancelled(b, Instant.now()).send();
            TestSocket.Closed closed = passenger.awaitClose(Duration.ofSeconds(30));
            assertThat(closed.code()).isEqualTo(4403);
            assertThat(closed.reason()).isEqualTo("forbidden");
        }
    }

    @Test
    void positions_are_taken_from_an_hour_before_the_departure_only() {
        UUID trip = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        paid(trip, driver, Duration.ofHours(3));
        try (TestSocket d = socket(path(trip), driver)) {
            d.send(position(5.36, -4.0));
            JsonNode e = d.next("error", WAIT);
            assertThat(e.path("code").asString()).isEqualTo("conflict");
            assertThat(e.path("details").path("tracking").asString()).isEqualTo("not_yet_open");
            assertThat(e.path("details").has("opens_at")).isTrue();
        }
        UUID ended = UUID.randomUUID();
        Booking done = paid(ended, driver, Duration.ofMinutes(-30));
        BookingEvents.completed(done, Instant.now()).send();
        eventually(() -> "completed".equals(status(done.id())));
        try (TestSocket d = socket(path(ended), driver)) {
            d.send(position(5.36, -4.0));
            assertThat(d.next("error", WAIT).path("details").path("tracking").asString()).isEqualTo("ended");
        }
    }

    @Test
    void positions_older_than_30_days_are_purged() {
        UUID trip = UUID.randomUUID();
        UUID oldId = UUID.randomUUID();
        UUID recentId = UUID.randomUUID();
        for (var row : Map.of(oldId, Duration.ofDays(31), recentId, Duration.ofDays(29)).entrySet()) {
            Instant at = Instant.now().minus(row.getValue());
            jdbc.sql("INSERT INTO driver_locations (id, trip_id, driver_id, lat, lon, recorded_at, received_at) VALUES (?, ?, ?, 5.3, -4.0, ?, ?)")
                    .params(row.getKey(), trip, UUID.randomUUID(), java.sql.Timestamp.from(at), java.sql.Timestamp.from(at)).update();
        }
        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT id FROM driver_locations WHERE trip_id = ?").param(trip).query(UUID.class).list()).containsExactly(recentId);
    }

    private int refusal(String path, UUID member) {
        return TestSocket.refusal(ws(path), Map.of("Authorization", com.allocar.platform.testing.TestHttp.bearer(
                com.allocar.platform.testing.TestTokens.get().accessToken(member))));
    }
}
