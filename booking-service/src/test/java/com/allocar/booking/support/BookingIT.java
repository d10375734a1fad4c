package com.allocar.booking.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestTokens;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of booking-service's integration tests: booking-service on a random port and the REAL trip-service (a child
 * process, see {@link TripServiceProcess}), both against the real PostgreSQL, Kafka and our JWKS. Trips are created
 * through trip-service's public API like a driver would; payment-service's replies are published on the broker as
 * payment-service's outbox relay would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class BookingIT {

    private static JdbcClient tripDb;

    static {
        createTopics();
    }

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("allocar.security.jwks-uri", () -> TestTokens.get().jwksUri());
        registry.add("allocar.booking.trip-service.base-url", TripServiceProcess::baseUrl);
        TestServiceKeys.register(registry, FleetService.BOOKING);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    protected static TestHttp trip() {
        return new TestHttp(TripServiceProcess.baseUrl());
    }

    protected static String[] auth(UUID user, String... more) {
        return headers(new String[] {"Authorization", TestHttp.bearer(TestTokens.get().accessToken(user))}, more);
    }

    /** A member's token carrying the old {@code admin} role: staff are Keycloak users now, so it must open no more than a member's. */
    protected static String[] admin(UUID user) {
        return new String[] {"Authorization", TestHttp.bearer(TestTokens.get().accessToken(user, "user", "admin"))};
    }

    /** booking-service's own token for trip-service's internal API (what TripServiceClient sends). */
    protected static String[] internal() {
        return TestServiceKeys.header(FleetService.BOOKING, FleetService.TRIP);
    }

    /** payment-service calling booking-service's internal API. */
    protected static String[] asPaymentService() {
        return TestServiceKeys.header(FleetService.PAYMENT, FleetService.BOOKING);
    }

    protected static String[] idem(UUID user) {
        return auth(user, "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String[] headers(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** trip-service's schema, as its own role (the members read model identity's events would fill). */
    protected static synchronized JdbcClient tripDb() {
        if (tripDb == null) {
            tripDb = JdbcClient.create(new DriverManagerDataSource(TestInfra.JDBC_BASE + "?currentSchema=trip,public", "trip", "trip"));
        }
        return tripDb;
    }

    /** A member whose KYC identity approved (written straight into trip-service's read model): may publish trips. */
    protected static UUID driver() {
        UUID id = UUID.randomUUID();
        tripDb().sql("""
                INSERT INTO members (user_id, first_name, last_name, kyc_status, kyc_changed_at) VALUES (?, 'Kouassi', 'Yao', 'approved', now())""")
                .param(id).update();
        return id;
    }

    /** A published trip (Abidjan → Yamoussoukro, 6000 XOF a seat) published through trip-service's public API. */
    protected static JsonNode publishedTrip(UUID driver, int seats, Instant departure, boolean autoAccept) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("origin", Map.of("lat", 5.3575, "lon", -4.0083, "text", "Abidjan, Plateau"));
        body.put("destination", Map.of("lat", 6.8190, "lon", -5.2760, "text", "Yamoussoukro"));
        body.put("departure_time", departure.toString());
        body.put("price_per_seat", 6000);
        body.put("seats_available", seats);
        body.put("allow_auto_accept", autoAccept);
        var r = trip().post("/api/v1/trips", body, auth(driver));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    protected static JsonNode publishedTrip(UUID driver, int seats) {
        return publishedTrip(driver, seats, inDays(3), false);
    }

    protected static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }

    protected static Instant inHours(int hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    }

    protected TestHttp.Response book(UUID passenger, String tripId, int seats) {
        return http().post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", seats), idem(passenger));
    }

    protected JsonNode booked(UUID passenger, String tripId, int seats) {
        var r = book(passenger, tripId, seats);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    protected JsonNode accepted(UUID driver, UUID passenger, String tripId, int seats) {
        String id = booked(passenger, tripId, seats).path("id").asString();
        var r = http().post("/api/v1/bookings/" + id + "/accept", null, auth(driver));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    /** An accepted booking paid (payment-service's payment.succeeded), waited for until it is paid. */
    protected JsonNode paid(UUID driver, UUID passenger, String tripId, int seats) {
        JsonNode b = accepted(driver, passenger, tripId, seats);
        UUID bookingId = UUID.fromString(b.path("id").asString());
        paymentSucceeded(UUID.randomUUID(), UUID.randomUUID(), bookingId, passenger, b.path("amount_total").decimalValue());
        return awaitStatus(passenger, bookingId, "paid");
    }

    protected JsonNode awaitStatus(UUID viewer, UUID bookingId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(status(bookingId)));
        return get(viewer, bookingId);
    }

    protected JsonNode get(UUID viewer, UUID bookingId) {
        var r = http().get("/api/v1/bookings/" + bookingId, auth(viewer));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    protected String status(UUID bookingId) {
        return jdbc.sql("SELECT lower(status) FROM bookings WHERE id = ?").param(bookingId).query(String.class).optional().orElse(null);
    }

    protected int seatsAvailable(String tripId) {
        var r = trip().get("/internal/trips/" + tripId, internal());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().path("seats_available").asInt();
    }

    /** What an aggregate's transactions put in the outbox, in commit order: written with the change, so no waiting is needed. */
    protected List<String> outboxTypes(Object aggregateId) {
        return jdbc.sql("SELECT type FROM outbox WHERE aggregate_id = ? ORDER BY seq").param(aggregateId.toString())
                .query(String.class).list();
    }

    /** A 400 {@code validation_error}'s fields, for asserting which ones it names. */
    protected static String fields(TestHttp.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("validation_error");
        return r.body().path("error").path("details").path("fields").toString();
    }

    // --- payment-service's and trip-service's events, as their relays publish them -------------------------------

    protected static void paymentSucceeded(UUID eventId, UUID paymentId, UUID bookingId, UUID payer, BigDecimal amount) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("payment_id", paymentId.toString());
        p.put("purpose", "booking");
        p.put("booking_id", bookingId.toString());
        p.put("topup_id", null);
        p.put("user_id", payer.toString());
        p.put("driver_id", null);
        p.put("amount", amount);
        p.put("discount", BigDecimal.ZERO);
        p.put("commission", new BigDecimal("600"));
        p.put("provider_fee", BigDecimal.ZERO);
        p.put("currency", "XOF");
        p.put("method", "wave");
        p.put("provider", "wave");
        p.put("provider_ref", "wave-" + paymentId);
        p.put("paid_at", Instant.now().toString());
        send("payment.payments", paymentId.toString(), envelope(eventId, "payment.succeeded", paymentId.toString(), p));
    }

    protected static void paymentFailed(UUID eventId, UUID paymentId, UUID bookingId, UUID payer) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("payment_id", paymentId.toString());
        p.put("purpose", "booking");
        p.put("booking_id", bookingId.toString());
        p.put("topup_id", null);
        p.put("user_id", payer.toString());
        p.put("reason", "insufficient_balance");
        p.put("failed_at", Instant.now().toString());
        send("payment.payments", paymentId.toString(), envelope(eventId, "payment.failed", paymentId.toString(), p));
    }

    protected static void tripEvent(UUID eventId, String type, String tripId, Map<String, Object> payload) {
        send("trip.trips", tripId, envelope(eventId, type, tripId, payload));
    }

    protected static String envelope(UUID eventId, String type, String aggregateId, Map<String, Object> payload) {
        return TestEvents.envelope(eventId, type, aggregateId, Instant.now(), payload);
    }

    protected static void send(String topic, String key, String value) {
        TestEvents.send(topic, key, value);
    }

    /** The event types of records, in order. */
    protected static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> new String(r.headers().lastHeader("event_type").value())).toList();
    }

    protected static JsonNode payload(ConsumerRecord<String, String> record) {
        return TestHttp.json().readTree(record.value()).path("payload");
    }

    /** Our listeners subscribe at start: the topics must exist by then (the broker would create them lazily). */
    private static void createTopics() {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.KAFKA))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = java.util.stream.Stream.of("payment.payments", "trip.trips", "booking.bookings", "booking.ratings",
                            "identity.users", "identity.kyc", "trip.drivers")
                    .filter(t -> !existing.contains(t)).map(t -> new NewTopic(t, 1, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics on " + TestInfra.KAFKA, e);
        }
    }
}
