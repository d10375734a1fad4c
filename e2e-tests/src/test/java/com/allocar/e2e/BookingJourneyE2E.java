package com.allocar.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * booking-service's journey through the gateway, from the passenger's search to a completed ride and the ratings.
 * Payment is played by a {@code payment.succeeded} event on the real broker, shaped as payment-service publishes it
 * (ADR 006); the payment issue replaces it with the provider's signed webhook.
 */
class BookingJourneyE2E {

    private static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void fromSearchToACompletedRideAndItsRatings() {
        Member driver = Members.signUp(http, "Moussa", "Traoré");
        Members.approvedKyc(http, driver);
        LocalDate day = LocalDate.now(ABIDJAN).plusDays(200 + ThreadLocalRandom.current().nextInt(60));
        String tripId = Members.publishTrip(http, driver, Members.tripToYamoussoukro(day.atTime(6, 0).atZone(ABIDJAN).toInstant(), 6000));

        Member passenger = Members.signUp(http, "Adjoua", "Konan");
        var found = http.get("/api/v1/trips/search?from=5.35,-4.02&to=6.83,-5.29&date=" + day + "&page_size=100", passenger.auth());
        assertThat(found.data().findValuesAsString("id")).contains(tripId);

        // booking: Idempotency-Key required, and a retry with the same key is the same booking
        var noKey = http.post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 2), passenger.auth());
        assertThat(noKey.status()).as(noKey.toString()).isEqualTo(400);
        String key = UUID.randomUUID().toString();
        var booked = http.post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 2), passenger.auth("Idempotency-Key", key));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String bookingId = booked.data().path("id").asString();
        assertThat(booked.data().path("status").asString()).isEqualTo("pending");
        assertThat(booked.data().path("amount_total").decimalValue()).isEqualByComparingTo("12000");
        var retried = http.post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 2), passenger.auth("Idempotency-Key", key));
        assertThat(retried.data().path("id").asString()).isEqualTo(bookingId);
        // the seats are held at once
        assertThat(http.get("/api/v1/trips/" + tripId, passenger.auth()).data().path("seats_available").asInt()).isEqualTo(1);
        // more seats than are left: booking_conflict with what is available
        Member late = Members.signUp(http, "Ibrahim", "Koné");
        var tooMany = http.post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 2), late.auth("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(409);
        assertThat(tooMany.errorCode()).isEqualTo("booking_conflict");
        assertThat(tooMany.body().path("error").path("details").path("available").asInt()).isEqualTo(1);
        assertThat(tooMany.body().path("error").path("details").path("requested").asInt()).isEqualTo(2);
        // the driver cannot book their own trip, a stranger cannot read the booking
        assertThat(http.post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 1), driver.auth("Idempotency-Key", UUID.randomUUID().toString()))
                .errorCode()).isEqualTo("forbidden");
        var stranger = http.get("/api/v1/bookings/" + bookingId, late.auth());
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.errorCode()).isEqualTo("forbidden");

        // the driver sees the request among their pending bookings and accepts it; the passenger cannot
        var pending = http.get("/api/v1/bookings?role=driver&status=pending", driver.auth());
        assertThat(pending.data().findValuesAsString("id")).contains(bookingId);
        assertThat(http.post("/api/v1/bookings/" + bookingId + "/accept", null, passenger.auth()).status()).isEqualTo(403);
        var accepted = http.post("/api/v1/bookings/" + bookingId + "/accept", null, driver.auth());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.data().path("status").asString()).isEqualTo("accepted");
        // accepting twice is an illegal transition
        var twice = http.post("/api/v1/bookings/" + bookingId + "/accept", null, driver.auth());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorCode()).isEqualTo("conflict");

        // payment-service announces the payment (here: its event, as its relay publishes it)
        PaymentEvents.succeeded(UUID.fromString(bookingId), passenger.id(), driver.id(), new BigDecimal("12000"));
        JsonNode paid = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> http.get("/api/v1/bookings/" + bookingId, passenger.auth()).data(), b -> "paid".equals(b.path("status").asString()));
        String shortCode = paid.path("check_in").path("short_code").asString();
        assertThat(shortCode).isNotBlank();
        // the driver never sees the passenger's code
        assertThat(http.get("/api/v1/bookings/" + bookingId, driver.auth()).data().path("check_in").has("short_code")).isFalse();

        // boarding: a wrong code is refused, the right one works once
        assertThat(http.post("/api/v1/bookings/" + bookingId + "/checkin", Map.of("code", "000000"), driver.auth()).status()).isIn(400, 409, 422);
        var checkedIn = http.post("/api/v1/bookings/" + bookingId + "/checkin", Map.of("code", shortCode), driver.auth());
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        assertThat(checkedIn.data().path("checked_in_at").isNull()).isFalse();
        assertThat(http.post("/api/v1/bookings/" + bookingId + "/checkin", Map.of("code", shortCode), driver.auth()).status()).isNotEqualTo(200);

        var started = http.post("/api/v1/bookings/" + bookingId + "/start-ride", null, driver.auth());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(http.get("/api/v1/trips/" + tripId, passenger.auth()).data().path("status").asString()).isEqualTo("ongoing");
        var ended = http.post("/api/v1/bookings/" + bookingId + "/end-ride", null, driver.auth());
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.data().path("status").asString()).isEqualTo("completed");
        assertThat(http.get("/api/v1/trips/" + tripId, passenger.auth()).data().path("status").asString()).isEqualTo("completed");

        // ratings: each way once; the driver's public profile (identity) follows through booking.ratings
        var rated = http.post("/api/v1/ratings", Map.of("booking_id", bookingId, "to_user_id", driver.id().toString(), "stars", 5,
                "comment", "Ponctuel et prudent"), passenger.auth());
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
        assertThat(http.post("/api/v1/ratings", Map.of("booking_id", bookingId, "to_user_id", driver.id().toString(), "stars", 4),
                passenger.auth()).status()).isEqualTo(409);
        assertThat(http.post("/api/v1/ratings", Map.of("booking_id", bookingId, "to_user_id", passenger.id().toString(), "stars", 6),
                driver.auth()).errorCode()).isEqualTo("validation_error");
        assertThat(http.post("/api/v1/ratings", Map.of("booking_id", bookingId, "to_user_id", passenger.id().toString(), "stars", 4),
                driver.auth()).status()).isEqualTo(201);
        var ratings = http.get("/api/v1/users/" + driver.id() + "/ratings", "X-Forwarded-For", passenger.ip());
        assertThat(ratings.status()).as(ratings.toString()).isEqualTo(200);
        assertThat(ratings.data().get(0).path("stars").asInt()).isEqualTo(5);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode profile = http.get("/api/v1/users/" + driver.id(), "X-Forwarded-For", passenger.ip()).data();
            assertThat(profile.path("rating_count").asInt()).isEqualTo(1);
            assertThat(profile.path("rating_avg").decimalValue()).isEqualByComparingTo("5");
        });
    }
}
