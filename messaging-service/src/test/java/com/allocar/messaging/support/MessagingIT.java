package com.allocar.messaging.support;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.allocar.messaging.support.BookingEvents.Booking;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestTokens;

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
 * Base of messaging-service's integration tests: the real service on a random port against the real PostgreSQL
 * (allocar_test, schema messaging), Kafka and S3 of the test devstack; HTTP like a client. Access tokens signed by
 * {@link TestTokens} (identity's role); bookings arrive as events on the real broker ({@link BookingEvents}) or are
 * looked up in {@link FakeBookingService}. Every test uses fresh random bookings and members.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class MessagingIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("allocar.security.jwks-uri", () -> TestTokens.get().jwksUri());
        registry.add("allocar.messaging.booking-service.base-url", () -> FakeBookingService.get().url());
        registry.add("allocar.messaging.storage.endpoint", () -> TestInfra.S3);
        TestServiceKeys.register(registry, FleetService.MESSAGING);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** The service's WebSocket URL of {@code path} (with its query, if any). */
    protected String ws(String path) {
        return "ws://127.0.0.1:" + port + path;
    }

    /** Connects with {@code Authorization: Bearer} (an app's way). */
    protected TestSocket socket(String path, UUID user) {
        return TestSocket.connect(ws(path), java.util.Map.of("Authorization", TestHttp.bearer(TestTokens.get().accessToken(user))));
    }

    protected TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    protected static String[] auth(UUID user) {
        return new String[] {"Authorization", TestHttp.bearer(TestTokens.get().accessToken(user))};
    }

    protected static void eventually(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    protected String status(UUID bookingId) {
        return jdbc.sql("SELECT status FROM conversations WHERE booking_id = ?").param(bookingId).query(String.class).optional().orElse(null);
    }

    /** A booking heard of on the broker (booking.accepted), applied. */
    protected Booking acceptedBooking() {
        Booking b = Booking.fresh();
        BookingEvents.accepted(b, Instant.now()).send();
        eventually(() -> "accepted".equals(status(b.id())));
        return b;
    }

    protected TestHttp.Response postText(Booking b, UUID sender, String content) {
        return http().post("/api/v1/bookings/" + b.id() + "/messages", Map.of("type", "text", "content", content), auth(sender));
    }

    protected static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The field names of a validation_error (asserting it is one). */
    protected static String fieldsOf(TestHttp.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("validation_error");
        StringBuilder sb = new StringBuilder();
        r.body().path("error").path("details").path("fields").forEach(f -> sb.append(f.path("field").asString()).append(' '));
        return sb.toString();
    }
}
