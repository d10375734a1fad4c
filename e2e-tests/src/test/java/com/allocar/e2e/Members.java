package com.allocar.e2e;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.DevInbox;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestPhones;

import static org.assertj.core.api.Assertions.assertThat;

/** Members signed up through the gateway the way the app does it: register by phone, then the SMS code. */
final class Members {

    /** A signed-in member; every request carries their token and their own client address. */
    record Member(UUID id, String phone, String accessToken, String ip) {

        String[] auth(String... more) {
            String[] headers = new String[4 + more.length];
            headers[0] = "Authorization";
            headers[1] = TestHttp.bearer(accessToken);
            headers[2] = "X-Forwarded-For";
            headers[3] = ip;
            System.arraycopy(more, 0, headers, 4, more.length);
            return headers;
        }
    }

    private Members() {
    }

    /** The member submits an identity document and an admin approves it (identity's internal review API). */
    static void approvedKyc(TestHttp http, Member member) {
        var kyc = http.post("/api/v1/me/kyc", Map.of("doc_type", "cni", "doc_number", "CI-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999))),
                member.auth());
        assertThat(kyc.status()).as(kyc.toString()).isEqualTo(201);
        var review = new TestHttp(Fleet.IDENTITY).post("/internal/kyc/" + kyc.data().path("id").asString() + "/review",
                Map.of("decision", "approved", "reviewer_id", UUID.randomUUID().toString()), Fleet.as(FleetService.ADMIN, FleetService.IDENTITY));
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
    }

    /** Abidjan (gare d'Adjamé) → Yamoussoukro, 3 seats, every booking to be accepted by the driver. */
    static Map<String, Object> tripToYamoussoukro(java.time.Instant departure, int pricePerSeat) {
        Map<String, Object> trip = new java.util.LinkedHashMap<>();
        trip.put("origin", Map.of("lat", 5.3536, "lon", -4.0214, "text", "Abidjan, gare d'Adjamé"));
        trip.put("destination", Map.of("lat", 6.8276, "lon", -5.2893, "text", "Yamoussoukro"));
        trip.put("departure_time", departure.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        trip.put("price_per_seat", pricePerSeat);
        trip.put("seats_available", 3);
        trip.put("allow_auto_accept", false);
        return trip;
    }

    /** Creates {@code trip} as a draft and publishes it once trip-service has learnt of the driver's approved KYC. */
    static String publishTrip(TestHttp http, Member driver, Map<String, Object> trip) {
        Map<String, Object> draft = new java.util.LinkedHashMap<>(trip);
        draft.put("status", "draft");
        var created = http.post("/api/v1/trips", draft, driver.auth());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.data().path("id").asString();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(http.post("/api/v1/trips/" + id + "/publish", null, driver.auth()).status()).isEqualTo(200));
        return id;
    }

    /**
     * {@code passenger} books one seat of {@code tripId}, the driver accepts, payment-service announces the payment
     * ({@link PaymentEvents}); returns once booking-service shows the booking paid.
     */
    static String paidBooking(TestHttp http, Member driver, Member passenger, String tripId, java.math.BigDecimal amount) {
        var booked = http.post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 1), passenger.auth("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String bookingId = booked.data().path("id").asString();
        assertThat(http.post("/api/v1/bookings/" + bookingId + "/accept", null, driver.auth()).status()).isEqualTo(200);
        PaymentEvents.succeeded(UUID.fromString(bookingId), passenger.id(), driver.id(), amount);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> http.get("/api/v1/bookings/" + bookingId, passenger.auth()).data().path("status").asString(), "paid"::equals);
        return bookingId;
    }

    /** A member who signs up with an e-mail address (the code comes by mail); {@code phone} is null. */
    static Member signUpByEmail(TestHttp http, String email, String firstName, String lastName) {
        String ip = "10.41." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);
        var reg = http.post("/api/v1/auth/register",
                Map.of("email", email, "password", "Akwaba2025", "first_name", firstName, "last_name", lastName), "X-Forwarded-For", ip);
        assertThat(reg.status()).as(reg.toString()).isEqualTo(201);
        var session = http.post("/api/v1/auth/otp/verify", Map.of("email", email, "code", DevInbox.forTests().latestMailCode(email)),
                "X-Forwarded-For", ip);
        assertThat(session.status()).as(session.toString()).isEqualTo(200);
        return new Member(UUID.fromString(session.data().path("user").path("id").asString()), null,
                session.data().path("access_token").asString(), ip);
    }

    static Member signUp(TestHttp http, String firstName, String lastName) {
        String phone = TestPhones.ivorianMobile();
        String ip = "10.40." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);
        var reg = http.post("/api/v1/auth/register",
                Map.of("phone", phone, "password", "Akwaba2025", "first_name", firstName, "last_name", lastName), "X-Forwarded-For", ip);
        assertThat(reg.status()).as(reg.toString()).isEqualTo(201);
        var session = http.post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", DevInbox.forTests().latestSmsCode(phone)),
                "X-Forwarded-For", ip);
        assertThat(session.status()).as(session.toString()).isEqualTo(200);
        return new Member(UUID.fromString(session.data().path("user").path("id").asString()), phone,
                session.data().path("access_token").asString(), ip);
    }
}
