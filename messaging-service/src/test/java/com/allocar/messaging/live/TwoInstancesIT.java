package com.allocar.messaging.live;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.messaging.MessagingApplication;
import com.allocar.messaging.support.BookingEvents;
import com.allocar.messaging.support.BookingEvents.Booking;
import com.allocar.messaging.support.FakeBookingService;
import com.allocar.messaging.support.MessagingIT;
import com.allocar.messaging.support.TestSocket;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service at once (the test's context = A, a second one started here = B, same database and
 * Redis): what is posted or sent on one reaches the sockets held by the other, through the Redis channel.
 */
class TwoInstancesIT extends MessagingIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static ConfigurableApplicationContext second;
    private static int secondPort;

    @BeforeAll
    static void startSecondInstance() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--allocar.security.jwks-uri=" + TestTokens.get().jwksUri(),
                "--allocar.messaging.booking-service.base-url=" + FakeBookingService.get().url(),
                "--allocar.messaging.storage.endpoint=" + TestInfra.S3,
                // B reads the booking read model A keeps (the same database); its own Kafka consumer is not needed
                "--spring.kafka.listener.auto-startup=false",
                "--allocar.jobs.enabled=false"));
        args.addAll(TestServiceKeys.args(FleetService.MESSAGING));
        second = new SpringApplicationBuilder(MessagingApplication.class).profiles("it").run(args.toArray(String[]::new));
        secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private String onB(String path) {
        return "ws://127.0.0.1:" + secondPort + path;
    }

    private static Map<String, String> bearer(UUID user) {
        return Map.of("Authorization", TestHttp.bearer(TestTokens.get().accessToken(user)));
    }

    @Test
    void a_chat_message_sent_on_one_instance_reaches_the_sockets_of_the_other() {
        Booking b = acceptedBooking();
        String path = "/ws/bookings/" + b.id();
        try (TestSocket passengerOnA = socket(path, b.passenger()); TestSocket driverOnB = TestSocket.connect(onB(path), bearer(b.driver()))) {
            passengerOnA.send(Map.of("type", "message", "content", "Je suis sur A"));
            assertThat(driverOnB.next("message", WAIT).path("message").path("content").asString()).isEqualTo("Je suis sur A");
            assertThat(passengerOnA.next("message", WAIT).path("client_id").isMissingNode()).as("the sender's own echo").isTrue();

            driverOnB.send(Map.of("type", "message", "content", "Et moi sur B"));
            assertThat(passengerOnA.next("message", WAIT).path("message").path("content").asString()).isEqualTo("Et moi sur B");
            assertThat(driverOnB.next("message", WAIT).path("moderation").isObject()).as("the sender's own echo").isTrue();

            // a REST post on B reaches A's socket too
            var posted = new TestHttp("http://127.0.0.1:" + secondPort).post("/api/v1/bookings/" + b.id() + "/messages",
                    Map.of("type", "text", "content", "posté sur B"), auth(b.driver()));
            assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
            assertThat(passengerOnA.next("message", WAIT).path("message").path("content").asString()).isEqualTo("posté sur B");
        }
        // presence is the cluster's: the passenger's socket was on A, the post on B saw them connected; once closed, not
        var after = new TestHttp("http://127.0.0.1:" + secondPort).post("/api/v1/bookings/" + b.id() + "/messages",
                Map.of("type", "text", "content", "tu es parti ?"), auth(b.driver()));
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        var events = com.allocar.platform.testing.KafkaProbe.recordsWithKey(TestInfra.KAFKA, "messaging.messages", b.id().toString(),
                Duration.ofMillis(500));
        Map<String, Boolean> connected = new java.util.HashMap<>();
        for (var r : events) {
            JsonNode payload = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.value()).path("payload");
            connected.put(payload.path("content_preview").asString(), payload.path("recipient_connected").asBoolean());
        }
        assertThat(connected).containsEntry("posté sur B", true).containsEntry("tu es parti ?", false);
    }

    @Test
    void a_driver_position_sent_on_one_instance_reaches_a_passenger_on_the_other() {
        UUID trip = UUID.randomUUID();
        Booking b = new Booking(UUID.randomUUID(), trip, UUID.randomUUID(), UUID.randomUUID(),
                Instant.now().plus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS));
        BookingEvents.paid(b, Instant.now()).send();
        eventually(() -> "paid".equals(status(b.id())));
        String path = "/ws/trips/" + trip + "/driver-location";
        try (TestSocket driverOnA = socket(path, b.driver()); TestSocket passengerOnB = TestSocket.connect(onB(path), bearer(b.passenger()))) {
            driverOnA.send(Map.of("type", "location", "lat", 5.3484, "lon", -4.0305, "at", Instant.now().toString()));
            JsonNode seen = passengerOnB.next("location", WAIT);
            assertThat(seen.path("lat").asDouble()).isEqualTo(5.3484);
            assertThat(seen.path("lon").asDouble()).isEqualTo(-4.0305);
        }
    }
}
