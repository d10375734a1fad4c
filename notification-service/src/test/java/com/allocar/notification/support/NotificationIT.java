package com.allocar.notification.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.allocar.notification.config.NotificationProperties;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.sms.SmsGateway;
import com.allocar.platform.sms.SmsProperties;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestPhones;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestTokens;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * Base of notification-service's integration tests: the real service on a random port against the real PostgreSQL
 * (allocar_test, schema notification), Kafka, SMTP (GreenMail), SMS aggregator and fake FCM of the test devstack; the
 * owners' events published on the real broker as their relays do; SMS, e-mails and pushes read back through the dev
 * inbox API.
 * Every test uses fresh random members, phones and addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@Import({NotificationIT.Sms.class, NotificationIT.Push.class})
public abstract class NotificationIT {

    @TestConfiguration
    static class Sms {
        @Bean
        @Primary
        SwitchableSms switchableSms(SmsGateway gateway, SmsProperties props) {
            return new SwitchableSms(gateway, props);
        }
    }

    @TestConfiguration
    static class Push {
        @Bean
        @Primary
        SwitchablePush switchablePush(NotificationProperties props, tools.jackson.databind.json.JsonMapper json) {
            return new SwitchablePush(com.allocar.notification.channel.FcmPushSender.from(props.push(), json));
        }
    }

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("allocar.security.jwks-uri", () -> TestTokens.get().jwksUri());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> TestInfra.SMTP_PORT);
        registry.add("allocar.sms.base-url", () -> TestInfra.DEVSTACK_HTTP);
        TestServiceKeys.register(registry, FleetService.NOTIFICATION);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected SwitchableSms sms;

    @Autowired
    protected SwitchablePush push;

    protected final TestHttp inbox = new TestHttp(TestInfra.DEVSTACK_HTTP);

    private static volatile boolean caughtUp;

    /**
     * Once per JVM, before the first test: in a fresh {@code ./allocar test} run the six topics already hold every
     * event the other modules' tests published, which this service's new consumer group reads first. One marker per
     * topic, sent now, is handled once that backlog is: the tests' own waits then measure their own events only.
     */
    @org.junit.jupiter.api.BeforeEach
    void backlogDrained() {
        if (caughtUp) {
            return;
        }
        String nobody = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        Map<String, Object> kyc = body("document_id", nobody, "user_id", nobody, "doc_type", "id_card", "status", "approved", "notes", null,
                "reviewed_by", nobody, "reviewed_at", now);
        Map<String, Object> chat = body("message_id", nobody, "booking_id", nobody, "trip_id", nobody, "sender_id", nobody,
                "recipient_id", nobody, "type", "text", "content_preview", "marker", "flagged", false, "created_at", now);
        var markers = java.util.List.of(
                send("booking.bookings", "booking.rescheduled", UUID.randomUUID(), body("booking_id", nobody, "passenger_id", nobody,
                        "driver_id", nobody, "seats", 1, "amount_total", 1000.0, "status", "cancelled", "previous_status", "cancelled",
                        "departure_time", now)),
                send("payment.payments", "payout.completed", UUID.randomUUID(), body("payout_id", nobody, "user_id", nobody, "amount", 1.0)),
                send("identity.users", "user.updated", UUID.randomUUID(), body("user_id", nobody, "first_name", "marker")),
                send("identity.kyc", "kyc.approved", UUID.randomUUID(), kyc),
                send("messaging.messages", "message.created", UUID.randomUUID(), chat),
                send("booking.disputes", "dispute.updated", UUID.randomUUID(), body("dispute_id", nobody, "booking_id", nobody,
                        "passenger_id", nobody, "driver_id", nobody, "opened_by", nobody, "category", "other", "status", "open",
                        "previous_status", "open", "resolution", null, "occurred_at", now)));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> markers.stream().allMatch(m -> handled(m.eventId()) == 1));
        caughtUp = true;
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

    protected static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A member with a phone and an e-mail in the recipients read model (as identity's user.registered leaves it). */
    public record Member(UUID id, String phone, String email) {
    }

    protected Member member() {
        return member("fr");
    }

    protected Member member(String locale) {
        Member m = new Member(UUID.randomUUID(), TestPhones.ivorianMobile(), "m-" + UUID.randomUUID() + "@example.ci");
        jdbc.sql("INSERT INTO recipients (user_id, first_name, email, phone, locale, updated_at) VALUES (?, 'Awa', ?, ?, ?, now())")
                .params(m.id(), m.email(), m.phone(), locale).update();
        return m;
    }

    /** Publishes an envelope of {@code type} on {@code topic}; returns its event id (send the same json twice to play a redelivery). */
    public record Sent(UUID eventId, String topic, String key, String json) {
        public Sent again() {
            TestEvents.send(topic, key, json);
            return this;
        }
    }

    protected static Sent send(String topic, String type, UUID key, Map<String, ?> payload) {
        UUID id = UUID.randomUUID();
        String json = TestEvents.envelope(id, type, key.toString(), Instant.now(), payload);
        TestEvents.send(topic, key.toString(), json);
        return new Sent(id, topic, key.toString(), json);
    }

    /** booking's BookingChanged, shaped like its fixtures. */
    protected static Map<String, Object> bookingChanged(UUID booking, Member passenger, Member driver, String status, String previous,
                                                        Instant departure) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("booking_id", booking.toString());
        p.put("trip_id", UUID.randomUUID().toString());
        p.put("passenger_id", passenger.id().toString());
        p.put("driver_id", driver.id().toString());
        p.put("seats", 2);
        p.put("amount_total", 9000.0);
        p.put("currency", "XOF");
        p.put("status", status);
        p.put("previous_status", previous);
        p.put("by", "user");
        p.put("departure_time", departure.toString());
        p.put("occurred_at", Instant.now().toString());
        return p;
    }

    /** booking's CheckInIssued (right after booking.paid), shaped like its fixture. */
    protected static Map<String, Object> checkInIssued(UUID booking, Member passenger, Member driver, String code, Instant departure) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("booking_id", booking.toString());
        p.put("trip_id", UUID.randomUUID().toString());
        p.put("passenger_id", passenger.id().toString());
        p.put("driver_id", driver.id().toString());
        p.put("seats", 2);
        p.put("amount_paid", 9000.0);
        p.put("currency", "XOF");
        p.put("short_code", code);
        p.put("departure_time", departure.toString());
        p.put("issued_at", Instant.now().toString());
        return p;
    }

    protected long handled(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = ?").param(eventId).query(Long.class).single();
    }

    protected String attempt(UUID eventId, UUID user, String channel) {
        return jdbc.sql("SELECT status FROM notifications WHERE event_id = ? AND user_id = ? AND channel = ?").params(eventId, user, channel)
                .query(String.class).optional().orElse(null);
    }

    protected long feedCount(UUID user) {
        return jdbc.sql("SELECT count(*) FROM feed_items WHERE user_id = ?").param(user).query(Long.class).single();
    }

    protected JsonNode smsTo(String phone) {
        return inbox.get("/api/sms?to=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)).body();
    }

    protected JsonNode mailTo(String email) {
        return inbox.get("/api/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).body();
    }
}
