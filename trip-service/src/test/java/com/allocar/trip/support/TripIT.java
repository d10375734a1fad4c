package com.allocar.trip.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestTokens;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of trip-service's integration tests: the real service on a random port against real PostgreSQL/PostGIS,
 * Redis and Kafka; HTTP like a client. Access tokens are signed by {@link TestTokens} (identity's role), KYC and
 * profiles arrive as identity-shaped events on the real broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class TripIT {

    public static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");

    // Real places (lat, lon)
    public static final double[] PLATEAU = {5.3257, -4.0205};
    public static final double[] ADJAME = {5.3536, -4.0214};
    public static final double[] YAMOUSSOUKRO = {6.8276, -5.2893};
    public static final double[] BOUAKE = {7.6906, -5.0301};
    public static final double[] TOUMODI = {6.5570, -5.0190};
    public static final double[] SAN_PEDRO = {4.7485, -6.6363};
    public static final double[] KORHOGO = {9.4580, -5.6296};

    /** Each search test gets a day of its own, far enough ahead to be free of the other tests' trips. */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(60 + ThreadLocalRandom.current().nextInt(200));

    @DynamicPropertySource
    static void identityKeys(DynamicPropertyRegistry registry) {
        registry.add("allocar.security.jwks-uri", () -> TestTokens.get().jwksUri());
        TestServiceKeys.register(registry, FleetService.TRIP);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected com.allocar.trip.search.SearchCache searchCache;

    protected TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    protected static String[] auth(UUID user) {
        return new String[] {"Authorization", TestHttp.bearer(TestTokens.get().accessToken(user))};
    }

    /** booking-service calling trip-service's internal API (holds, trip facts, start/complete). */
    protected static String[] internal() {
        return TestServiceKeys.header(FleetService.BOOKING, FleetService.TRIP);
    }

    /** admin-service calling trip-service's internal API (price bands). */
    protected static String[] asAdmin() {
        return TestServiceKeys.header(FleetService.ADMIN, FleetService.TRIP);
    }

    /** A member identity has told us about (registered, KYC approved): may publish trips. */
    protected UUID driverWithKyc() {
        return driverWithKyc("Kouassi", "Yao");
    }

    protected UUID driverWithKyc(String first, String last) {
        UUID id = UUID.randomUUID();
        IdentityEventsFixture.send("identity.users", id.toString(), IdentityEventsFixture.userRegistered(id, first, last));
        String approved = IdentityEventsFixture.kyc(UUID.randomUUID(), "kyc.approved", id, Instant.now());
        IdentityEventsFixture.send("identity.kyc", TestHttp.json().readTree(approved).path("aggregate_id").asString(), approved);
        await().atMost(Duration.ofSeconds(30)).until(() -> "approved".equals(kycStatus(id)) && first.equals(memberFirstName(id)));
        return id;
    }

    /** Sets a member's rating straight in the read model (what booking's user.rating_updated does). */
    protected void rating(UUID member, String avg, int count) {
        jdbc.sql("UPDATE members SET rating_avg = ?, rating_count = ? WHERE user_id = ?").params(new BigDecimal(avg), count, member).update();
    }

    protected String kycStatus(UUID member) {
        return jdbc.sql("SELECT kyc_status FROM members WHERE user_id = ?").param(member).query(String.class).optional().orElse(null);
    }

    protected String memberFirstName(UUID member) {
        return jdbc.sql("SELECT first_name FROM members WHERE user_id = ?").param(member).query(String.class).optional().orElse(null);
    }

    public static Map<String, Object> place(double[] p, String text) {
        return Map.of("lat", p[0], "lon", p[1], "text", text);
    }

    /** The spec's example body (POST /api/v1/trips), with a departure in the future. */
    public static Map<String, Object> specExample(Instant departure) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("origin", Map.of("lat", 5.3575, "lon", -4.0083, "text", "Abidjan, Plateau"));
        body.put("destination", Map.of("lat", 6.8190, "lon", -5.2760, "text", "Yamoussoukro"));
        body.put("departure_time", departure.toString());
        body.put("price_per_seat", 6000);
        body.put("seats_available", 3);
        body.put("allow_auto_accept", true);
        body.put("luggage_policy", "1 valise cabine");
        body.put("rules", "Non-fumeur");
        return body;
    }

    public static Map<String, Object> trip(double[] from, String fromText, double[] to, String toText, Instant departure, int price, int seats) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("origin", place(from, fromText));
        body.put("destination", place(to, toText));
        body.put("departure_time", departure.toString());
        body.put("price_per_seat", price);
        body.put("seats_available", seats);
        return body;
    }

    protected JsonNode createTrip(UUID driver, Map<String, Object> body) {
        var r = http().post("/api/v1/trips", body, auth(driver));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    /** A published Abidjan → Yamoussoukro trip in two days. */
    protected JsonNode publishedTrip(UUID driver, int seats) {
        return createTrip(driver, trip(PLATEAU, "Abidjan, Plateau", YAMOUSSOUKRO, "Yamoussoukro", soon(), 6000, seats));
    }

    protected JsonNode vehicle(UUID owner, int seats, String comfort) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("make", "Toyota");
        body.put("model", "Corolla");
        body.put("color", "blanche");
        body.put("plate_number", randomPlate());
        body.put("seats_total", seats);
        body.put("comfort_level", comfort);
        body.put("year", 2019);
        var r = http().post("/api/v1/vehicles", body, auth(owner));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    protected static String randomPlate() {
        return String.format("%04d AB-%02d", ThreadLocalRandom.current().nextInt(10_000), ThreadLocalRandom.current().nextInt(100))
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    }

    /** Two days ahead, on the hour. */
    protected static Instant soon() {
        return Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    /** A day no other test uses, emptied of trips left by earlier runs. */
    protected LocalDate freshDay() {
        LocalDate day = LocalDate.now(ABIDJAN).plusDays(NEXT_DAY.getAndIncrement());
        jdbc.sql("DELETE FROM trips WHERE departure_time >= ? AND departure_time < ?")
                .params(java.sql.Timestamp.from(day.atStartOfDay(ABIDJAN).toInstant()),
                        java.sql.Timestamp.from(day.plusDays(1).atStartOfDay(ABIDJAN).toInstant()))
                .update();
        searchCache.on(com.allocar.trip.search.TripsChanged.at(day.atStartOfDay(ABIDJAN).toInstant()));
        return day;
    }

    protected static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ABIDJAN).toInstant();
    }

    protected static String ll(double[] p) {
        return p[0] + "," + p[1];
    }

    /** The field names of a validation_error (asserting it is one). */
    protected static String fieldsOf(TestHttp.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("validation_error");
        StringBuilder sb = new StringBuilder();
        r.body().path("error").path("details").path("fields").forEach(f -> sb.append(f.path("field").asString()).append(' '));
        return sb.toString();
    }

    /** Holds seats through the internal API, as booking-service does; returns the hold id. */
    protected String hold(String tripId, UUID booking, int seats) {
        var r = http().post("/internal/trips/" + tripId + "/holds",
                Map.of("booking_id", booking.toString(), "passenger_id", UUID.randomUUID().toString(), "seats", seats), internal());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("hold_id").asString();
    }

    /** Two bookings of a trip as booking-service leaves them: one holding a seat, one that paid for two (its hold confirmed). */
    protected record HeldAndPaid(UUID held, UUID paid) {
    }

    protected HeldAndPaid heldAndPaid(String tripId) {
        HeldAndPaid b = new HeldAndPaid(UUID.randomUUID(), UUID.randomUUID());
        hold(tripId, b.held(), 1);
        String paidHold = hold(tripId, b.paid(), 2);
        assertThat(http().post("/internal/holds/" + paidHold + "/confirm", null, internal()).status()).isEqualTo(200);
        return b;
    }

    /** The event types of records, in order. */
    protected static java.util.List<String> types(java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> new String(r.headers().lastHeader("event_type").value())).toList();
    }
}
