package com.allocar.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.allocar.e2e.Members.Member;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * trip-service's journey through the gateway: a member becomes a driver (KYC reviewed in identity-service, learnt by
 * trip-service from identity's events), publishes Abidjan → Bouaké via Yamoussoukro, and a passenger finds the ride
 * by searching Abidjan → Yamoussoukro — a drop-off stop, not the trip's destination.
 */
class TripJourneyE2E {

    private static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void aDriverWithApprovedKycPublishesATripThatAPassengerFindsBySearch() {
        Member driver = Members.signUp(http, "Koffi", "Brou");

        var car = http.post("/api/v1/vehicles", Map.of("make", "Toyota", "model", "Corolla", "color", "grise",
                "plate_number", plate(), "seats_total", 4, "comfort_level", "standard"), driver.auth());
        assertThat(car.status()).as(car.toString()).isEqualTo(201);

        // a far day of its own: no other test's trips on it
        LocalDate day = LocalDate.now(ABIDJAN).plusDays(270 + ThreadLocalRandom.current().nextInt(60));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vehicle_id", car.data().path("id").asString());
        body.put("origin", Map.of("lat", 5.3575, "lon", -4.0083, "text", "Abidjan, Plateau"));
        body.put("destination", Map.of("lat", 7.6906, "lon", -5.0301, "text", "Bouaké"));
        body.put("departure_time", day.atTime(7, 30).atZone(ABIDJAN).toInstant().toString());
        body.put("price_per_seat", 7000);
        body.put("seats_available", 3);
        body.put("allow_auto_accept", true);
        body.put("status", "draft");
        var draft = http.post("/api/v1/trips", body, driver.auth());
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String tripId = draft.data().path("id").asString();
        assertThat(draft.data().path("status").asString()).isEqualTo("draft");

        // publishing needs an approved KYC
        var refused = http.post("/api/v1/trips/" + tripId + "/publish", null, driver.auth());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("kyc_required");

        var stops = http.post("/api/v1/trips/" + tripId + "/stops", Map.of("stops", List.of(
                Map.of("order", 1, "lat", 6.8276, "lon", -5.2893, "label", "Yamoussoukro, gare routière", "pickup_allowed", false))),
                driver.auth());
        assertThat(stops.status()).as(stops.toString()).isEqualTo(200);

        // the admin's review goes through identity's internal API, which the gateway never routes
        assertThat(http.post("/internal/kyc/" + UUID.randomUUID() + "/review", Map.of(), driver.auth()).status()).isIn(401, 403, 404);
        Members.approvedKyc(http, driver);

        // trip-service learns the decision from identity.kyc: publishing works once the event has arrived
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var published = http.post("/api/v1/trips/" + tripId + "/publish", null, driver.auth());
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            assertThat(published.data().path("status").asString()).isEqualTo("published");
        });
        // and identity learns from trip.drivers that the member now drives
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(http.get("/api/v1/me", driver.auth()).data().path("is_driver").asBoolean()).isTrue());

        // a passenger (no token needed to search) looks for Plateau → Yamoussoukro on that day, with the spec's spelling ("seats>=2", percent-encoded as a browser does)
        Member passenger = Members.signUp(http, "Aya", "Kouadio");
        var found = http.get("/api/v1/trips/search?from=5.3600,-4.0100&to=6.8200,-5.2800&date=" + day
                + "&seats%3E=2&radius_km=10&page_size=100", "X-Forwarded-For", passenger.ip());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonNode hit = null;
        List<String> ids = new ArrayList<>();
        for (JsonNode item : found.data()) {
            ids.add(item.path("id").asString());
            if (tripId.equals(item.path("id").asString())) {
                hit = item;
            }
        }
        assertThat(hit).as("trip %s in %s", tripId, ids).isNotNull();
        assertThat(hit.path("seats_available").asInt()).isEqualTo(3);
        assertThat(hit.path("dropoff").path("text").asString()).contains("Yamoussoukro");
        assertThat(hit.path("distance_km").asDouble()).isBetween(0.0, 2.0);
        assertThat(hit.path("driver").path("first_name").asString()).isEqualTo("Koffi");

        // curl and scripts send the spec's spelling raw: the gateway takes it too
        String raw = rawGet("/api/v1/trips/search?from=5.3600,-4.0100&to=6.8200,-5.2800&date=" + day + "&seats>=2&driver_rating>=0&page_size=100",
                passenger.ip());
        assertThat(raw.lines().findFirst().orElse("")).matches("HTTP/1\\.[01] 200.*");
        assertThat(raw).contains(tripId);

        // asking for more seats than offered, or from a point out of range, does not find it
        var tooMany = http.get("/api/v1/trips/search?from=5.3600,-4.0100&to=6.8200,-5.2800&date=" + day + "&seats%3E=4&page_size=100",
                "X-Forwarded-For", passenger.ip());
        assertThat(tooMany.data().findValuesAsString("id")).doesNotContain(tripId);
        var bad = http.get("/api/v1/trips/search?from=95,-4&to=6.82,-5.28&date=" + day, "X-Forwarded-For", passenger.ip());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo("validation_error");

        // the trip's page, with its stops, its driver and seats, for the passenger
        var page = http.get("/api/v1/trips/" + tripId, passenger.auth());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.data().path("stops")).hasSize(1);
        assertThat(page.data().path("driver").path("display_name").asString()).startsWith("Koffi");
        assertThat(page.data().path("vehicle").path("model").asString()).isEqualTo("Corolla");
        assertThat(http.get("/api/v1/trips/" + tripId + "/stops", "X-Forwarded-For", passenger.ip()).data()).hasSize(1);

        // the passenger may not touch the driver's trip or car
        var intrusion = http.patch("/api/v1/trips/" + tripId, Map.of("price_per_seat", 100), passenger.auth());
        assertThat(intrusion.status()).isEqualTo(403);
        assertThat(intrusion.errorCode()).isEqualTo("forbidden");
        assertThat(http.delete("/api/v1/vehicles/" + car.data().path("id").asString(), passenger.auth()).status()).isEqualTo(403);
        // and nobody creates a trip without a token
        assertThat(http.post("/api/v1/trips", body, "X-Forwarded-For", passenger.ip()).errorCode()).isEqualTo("auth_required");
    }

    /** A GET written on the socket as is (java.net.http refuses a '>' in a URI; curl does not); HTTP/1.0: no chunks. */
    private static String rawGet(String target, String ip) {
        try (var socket = new java.net.Socket("127.0.0.1", Fleet.GATEWAY_PORT)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\nX-Forwarded-For: " + ip
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String plate() {
        return String.format("%04d CI %02d", ThreadLocalRandom.current().nextInt(10_000), ThreadLocalRandom.current().nextInt(100))
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    }
}
