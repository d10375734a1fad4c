package com.allocar.messaging.chat.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.messaging.support.BookingEvents;
import com.allocar.messaging.support.BookingEvents.Booking;
import com.allocar.messaging.support.MessagingIT;
import com.allocar.messaging.support.ShortTokens;
import com.allocar.messaging.support.TestSocket;
import com.allocar.platform.security.TokenClaims;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** /ws/bookings/{id} with a real WebSocket client against the service, its database, Redis and Kafka. */
class ChatSocketIT extends MessagingIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    StringRedisTemplate redis;

    private String path(Booking b) {
        return "/ws/bookings/" + b.id();
    }

    @Test
    void the_two_parties_chat_in_real_time_masked_typing_and_read_receipts() {
        Booking b = acceptedBooking();
        try (TestSocket passenger = socket(path(b), b.passenger());
             TestSocket driver = TestSocket.connect(ws(path(b)), Map.of(), "bearer", TestTokens.get().accessToken(b.driver()))) {
            assertThat(driver.subprotocol()).as("the chosen subprotocol is answered").isEqualTo("bearer");

            passenger.send(Map.of("type", "message", "content", "Bonjour, appelle-moi au 07 01 02 03 04", "client_id", "c-1"));
            JsonNode toDriver = driver.next("message", WAIT);
            assertThat(toDriver.path("message").path("content").asString()).isEqualTo("Bonjour, appelle-moi au [numéro masqué]");
            assertThat(toDriver.path("message").path("sender_id").asString()).isEqualTo(b.passenger().toString());
            assertThat(toDriver.path("message").path("type").asString()).isEqualTo("text");
            assertThat(toDriver.has("client_id")).isFalse();
            assertThat(toDriver.has("moderation")).as("moderation is the sender's business").isFalse();
            JsonNode toSender = passenger.next("message", WAIT);
            assertThat(toSender.path("client_id").asString()).isEqualTo("c-1");
            assertThat(toSender.path("moderation").path("masked").toString()).isEqualTo("[\"phone\"]");
            String id = toSender.path("message").path("id").asString();
            assertThat(toDriver.path("message").path("id").asString()).isEqualTo(id);
            assertThat(jdbc.sql("SELECT content FROM messages WHERE id = ?::uuid").param(id).query(String.class).single())
                    .isEqualTo("Bonjour, appelle-moi au [numéro masqué]");

            // warmed up: the next one reaches the other party within the second
            long started = System.nanoTime();
            driver.send(Map.of("type", "message", "content", "J'arrive dans 5 minutes"));
            JsonNode answer = passenger.next("message", Duration.ofSeconds(1));
            assertThat(answer.path("message").path("content").asString()).isEqualTo("J'arrive dans 5 minutes");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            driver.next("message", WAIT);

            driver.send(Map.of("type", "typing"));
            JsonNode typing = passenger.next("typing", WAIT);
            assertThat(typing.path("user_id").asString()).isEqualTo(b.driver().toString());
            assertThat(typing.path("booking_id").asString()).isEqualTo(b.id().toString());

            String last = answer.path("message").path("id").asString();
            passenger.send(Map.of("type", "read", "up_to", last));
            JsonNode read = driver.next("read", WAIT);
            assertThat(read.path("user_id").asString()).isEqualTo(b.passenger().toString());
            assertThat(read.path("up_to").asString()).isEqualTo(last);
            assertThat(passenger.next("read", WAIT).path("up_to").asString()).isEqualTo(last);
            // the driver never got its own typing frame: the next frame it had was the read receipt
            assertThat(jdbc.sql("SELECT up_to_id::text FROM read_receipts WHERE booking_id = ? AND member_id = ?")
                    .params(b.id(), b.passenger()).query(String.class).single()).isEqualTo(last);
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_message_posted_over_rest_reaches_the_socket_of_a_token_given_in_the_query(CapturedOutput output) {
        Booking b = acceptedBooking();
        String token = TestTokens.get().accessToken(b.driver());
        try (TestSocket driver = TestSocket.connect(ws(path(b) + "?access_token=" + token), Map.of())) {
            var posted = postText(b, b.passenger(), "Je suis devant la gare");
            assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
            JsonNode f = driver.next("message", WAIT);
            assertThat(f.path("message").path("id").asString()).isEqualTo(posted.data().path("id").asString());
            assertThat(f.path("message").path("content").asString()).isEqualTo("Je suis devant la gare");
        }
        assertThat(output.getAll()).as("the access line was written").contains("GET /ws/bookings/" + b.id());
        assertThat(output.getAll()).as("the query's token is never logged").doesNotContain(token).doesNotContain("access_token=");
    }

    @Test
    void after_replays_what_was_missed_in_order_then_goes_live() {
        Booking b = acceptedBooking();
        List<String> ids = new ArrayList<>();
        for (String text : List.of("un", "deux", "trois")) {
            var r = postText(b, b.passenger(), text);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            ids.add(r.data().path("id").asString());
        }
        try (TestSocket driver = socket(path(b) + "?after=" + ids.getFirst(), b.driver())) {
            JsonNode two = driver.next("message", WAIT);
            JsonNode three = driver.next("message", WAIT);
            assertThat(two.path("message").path("id").asString()).isEqualTo(ids.get(1));
            assertThat(two.path("replayed").asBoolean()).isTrue();
            assertThat(three.path("message").path("id").asString()).isEqualTo(ids.get(2));
            postText(b, b.passenger(), "quatre");
            JsonNode four = driver.next("message", WAIT);
            assertThat(four.path("message").path("content").asString()).isEqualTo("quatre");
            assertThat(four.has("replayed")).isFalse();
        }
        try (TestSocket driver = socket(path(b) + "?after=" + UUID.randomUUID(), b.driver())) {
            JsonNode e = driver.next("error", WAIT);
            assertThat(e.path("code").asString()).isEqualTo("validation_error");
            assertThat(e.path("details").path("fields").get(0).path("field").asString()).isEqualTo("after");
        }
    }

    @Test
    void a_stranger_or_a_bad_token_is_refused_at_the_handshake() {
        Booking b = acceptedBooking();
        UUID stranger = UUID.randomUUID();
        String url = ws(path(b));
        assertThat(TestSocket.refusal(url, Map.of("Authorization", TestHttp.bearer(TestTokens.get().accessToken(stranger))))).isEqualTo(403);
        assertThat(TestSocket.refusal(url, Map.of(), "bearer", TestTokens.get().accessToken(stranger))).isEqualTo(403);
        assertThat(TestSocket.refusal(url, Map.of())).isEqualTo(401);
        assertThat(TestSocket.refusal(url + "?access_token=not.a.token", Map.of())).isEqualTo(401);
        assertThat(TestSocket.refusal(url + "?access_token=" + TestTokens.get().expiredToken(b.passenger()), Map.of())).isEqualTo(401);
        assertThat(TestSocket.refusal(ws("/ws/bookings/" + UUID.randomUUID()), Map.of("Authorization",
                TestHttp.bearer(TestTokens.get().accessToken(b.passenger()))))).as("unknown to booking-service").isEqualTo(404);
        assertThat(TestSocket.refusal(ws("/ws/bookings/not-a-uuid"), Map.of("Authorization",
                TestHttp.bearer(TestTokens.get().accessToken(b.passenger()))))).isEqualTo(400);

        // the refusal is the REST envelope (a plain GET goes through the same gate)
        var r = http().get(path(b) + "?access_token=" + TestTokens.get().accessToken(stranger));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("forbidden");
        // the gateway's question before it upgrades its client: the same gate, without the upgrade
        assertThat(http().get(path(b) + "/admission", auth(b.passenger())).status()).isEqualTo(204);
        assertThat(http().get(path(b) + "/admission?after=" + UUID.randomUUID(), auth(b.driver())).status()).isEqualTo(204);
        var strangerAdmission = http().get(path(b) + "/admission", auth(stranger));
        assertThat(strangerAdmission.status()).isEqualTo(403);
        assertThat(strangerAdmission.errorCode()).isEqualTo("forbidden");
        assertThat(http().get(path(b) + "/admission").errorCode()).isEqualTo("auth_required");
        assertThat(http().get("/ws/bookings/" + UUID.randomUUID() + "/admission", auth(b.passenger())).status()).isEqualTo(404);
        var expired = http().get(path(b) + "?access_token=" + TestTokens.get().expiredToken(b.passenger()));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body().path("error").path("details").path("reason").asString()).isEqualTo("token_expired");
    }

    @Test
    void a_bad_frame_is_answered_with_an_error_frame_and_the_socket_stays_open() {
        Booking b = acceptedBooking();
        try (TestSocket s = socket(path(b), b.passenger())) {
            s.sendText("not json");
            assertThat(s.next("error", WAIT).path("code").asString()).isEqualTo("validation_error");
            s.send(Map.of("type", "dance"));
            assertThat(field(s.next("error", WAIT))).isEqualTo("type");
            s.send(Map.of("type", "message", "client_id", "c-2"));
            JsonNode missing = s.next("error", WAIT);
            assertThat(field(missing)).isEqualTo("content");
            assertThat(missing.path("client_id").asString()).isEqualTo("c-2");
            s.send(Map.of("type", "message", "content", "   "));
            assertThat(field(s.next("error", WAIT))).isEqualTo("content");
            s.send(Map.of("type", "message", "content", "x".repeat(2001)));
            assertThat(field(s.next("error", WAIT))).isEqualTo("content");
            s.send(Map.of("type", "message", "content", 42));
            assertThat(field(s.next("error", WAIT))).isEqualTo("content");
            s.send(Map.of("type", "message", "content", "ok", "colour", "red"));
            assertThat(field(s.next("error", WAIT))).isEqualTo("colour");
            s.send(Map.of("type", "message", "message_type", "image", "content", "bookings/" + b.id() + "/nope.jpg"));
            assertThat(field(s.next("error", WAIT))).isEqualTo("content");
            s.send(Map.of("type", "read", "up_to", UUID.randomUUID().toString()));
            assertThat(field(s.next("error", WAIT))).isEqualTo("up_to");

            s.send(Map.of("type", "ping"));
            assertThat(s.next(WAIT).path("type").asString()).isEqualTo("pong");
            s.send(Map.of("type", "message", "content", "toujours là"));
            assertThat(s.next("message", WAIT).path("message").path("content").asString()).isEqualTo("toujours là");
            assertThat(s.isOpen()).isTrue();
        }
    }

    @Test
    void a_cancelled_booking_s_socket_answers_conflict_and_stays_readable() {
        Booking b = acceptedBooking();
        BookingEvents.cancelled(b, Instant.now()).send();
        eventually(() -> "cancelled".equals(status(b.id())));
        try (TestSocket s = socket(path(b), b.passenger())) {
            s.send(Map.of("type", "message", "content", "encore là ?"));
            JsonNode e = s.next("error", WAIT);
            assertThat(e.path("code").asString()).isEqualTo("conflict");
            assertThat(e.path("details").path("chat").asString()).isEqualTo("closed");
        }
    }

    @Test
    void messages_faster_than_the_limit_are_answered_rate_limited() {
        Booking b = acceptedBooking();
        try (TestSocket s = socket(path(b), b.passenger())) {
            // 5 a second, 30 a minute: 35 in a row cannot all pass, however slow the machine
            int sent = 35;
            for (int i = 0; i < sent; i++) {
                s.send(Map.of("type", "message", "content", "vite " + i, "client_id", "r-" + i));
            }
            int delivered = 0;
            int limited = 0;
            JsonNode firstLimited = null;
            for (int i = 0; i < sent; i++) {
                JsonNode f = s.next(WAIT);
                if ("message".equals(f.path("type").asString())) {
                    delivered++;
                } else if ("rate_limited".equals(f.path("code").asString())) {
                    limited++;
                    firstLimited = firstLimited == null ? f : firstLimited;
                }
            }
            assertThat(delivered + limited).isEqualTo(sent);
            assertThat(delivered).isLessThanOrEqualTo(30);
            assertThat(limited).isGreaterThanOrEqualTo(5);
            assertThat(firstLimited.path("details").path("retry_after_seconds").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(firstLimited.path("client_id").asString()).startsWith("r-");
            assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE booking_id = ?").param(b.id()).query(Long.class).single())
                    .isEqualTo(delivered);
        }
    }

    @Test
    void a_token_that_expires_while_connected_closes_the_socket_with_4401() {
        Booking b = acceptedBooking();
        String token = ShortTokens.expiringIn(b.passenger(), Duration.ofSeconds(1));
        try (TestSocket s = TestSocket.connect(ws(path(b)), Map.of("Authorization", TestHttp.bearer(token)))) {
            // accepted while valid (the fleet's 10 s of clock skew), closed once past it
            TestSocket.Closed closed = s.awaitClose(Duration.ofSeconds(30));
            assertThat(closed.code()).isEqualTo(4401);
            assertThat(closed.reason()).isEqualTo("token_expired");
        }
    }

    @Test
    void a_token_revoked_while_connected_closes_the_socket_with_4401() {
        Booking b = acceptedBooking();
        String token = TestTokens.get().accessToken(b.driver());
        try (TestSocket s = TestSocket.connect(ws(path(b)), Map.of("Authorization", TestHttp.bearer(token)))) {
            s.send(Map.of("type", "ping"));
            assertThat(s.next(WAIT).path("type").asString()).isEqualTo("pong");
            redis.opsForValue().set(TokenClaims.revokedTokenKey(ShortTokens.jti(token)), "logout", Duration.ofMinutes(20));
            TestSocket.Closed closed = s.awaitClose(Duration.ofSeconds(30));
            assertThat(closed.code()).isEqualTo(4401);
            assertThat(closed.reason()).isEqualTo("token_revoked");
        }
        assertThat(TestSocket.refusal(ws(path(b)), Map.of("Authorization", TestHttp.bearer(token)))).isEqualTo(401);
    }

    private static String field(JsonNode error) {
        assertThat(error.path("code").asString()).as(error.toString()).isEqualTo("validation_error");
        return error.path("details").path("fields").get(0).path("field").asString();
    }
}
