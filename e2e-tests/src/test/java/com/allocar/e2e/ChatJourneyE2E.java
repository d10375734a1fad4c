package com.allocar.e2e;

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
 * The booking chat through the gateway, against the real booking-service: the passenger writes as soon as the booking
 * exists (messaging-service learns of it from booking.bookings, or asks booking-service once), a phone number arrives
 * masked, a stranger is refused, read receipts clear the driver's unread count, and a cancelled booking's chat closes.
 */
class ChatJourneyE2E {

    private static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void thePartiesOfABookingChatAStrangerCannotAndACancelledBookingsChatCloses() {
        Member driver = Members.signUp(http, "Yao", "Kouassi");
        Members.approvedKyc(http, driver);
        LocalDate day = LocalDate.now(ABIDJAN).plusDays(100 + ThreadLocalRandom.current().nextInt(60));
        String tripId = Members.publishTrip(http, driver, Members.tripToYamoussoukro(day.atTime(8, 0).atZone(ABIDJAN).toInstant(), 5000));

        Member passenger = Members.signUp(http, "Awa", "Diallo");
        var booked = http.post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 1), passenger.auth("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String bookingId = booked.data().path("id").asString();
        String chat = "/api/v1/bookings/" + bookingId + "/messages";

        // at once: the booking may not have reached messaging-service through Kafka yet; it is looked up, never guessed
        var hello = http.post(chat, Map.of("type", "text", "content", "Bonjour, appelez-moi au 07 01 02 03 04 pour le lieu"), passenger.auth());
        assertThat(hello.status()).as(hello.toString()).isEqualTo(201);
        assertThat(hello.data().path("content").asString()).doesNotContain("07 01 02 03 04").contains("Bonjour");
        assertThat(hello.data().path("moderation").path("masked").toString()).contains("phone");

        var reply = http.post(chat, Map.of("type", "text", "content", "D'accord, je serai devant la gare"), driver.auth());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        JsonNode forDriver = http.get(chat, driver.auth()).data();
        assertThat(forDriver).hasSize(2);
        assertThat(forDriver.get(0).path("id").asString()).isEqualTo(reply.data().path("id").asString()); // newest first
        assertThat(forDriver.get(1).path("content").asString()).isEqualTo(hello.data().path("content").asString());

        // a stranger reads nothing and writes nothing, in the envelope
        Member stranger = Members.signUp(http, "Koffi", "N'Guessan");
        var peek = http.get(chat, stranger.auth());
        assertThat(peek.status()).as(peek.toString()).isEqualTo(403);
        assertThat(peek.errorCode()).isEqualTo("forbidden");
        assertThat(http.post(chat, Map.of("type", "text", "content", "salut"), stranger.auth()).status()).isEqualTo(403);
        assertThat(http.get(chat).status()).isEqualTo(401);
        var tooLong = http.post(chat, Map.of("type", "text", "content", "a".repeat(2001)), passenger.auth());
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.errorCode()).isEqualTo("validation_error");

        // the driver's conversations: one unread from the passenger, cleared by a read receipt
        assertThat(unread(driver, bookingId)).isEqualTo(1);
        var read = http.post(chat + "/read", Map.of("up_to", hello.data().path("id").asString()), driver.auth());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(unread(driver, bookingId)).isZero();

        // the passenger cancels: once booking.cancelled reaches messaging-service the chat is closed, still readable
        assertThat(http.post("/api/v1/bookings/" + bookingId + "/cancel", null, passenger.auth()).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var closed = http.post(chat, Map.of("type", "text", "content", "Encore là ?"), driver.auth());
            assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
            assertThat(closed.errorCode()).isEqualTo("conflict");
        });
        assertThat(http.get(chat, passenger.auth()).data()).hasSize(2);
    }

    private int unread(Member member, String bookingId) {
        for (JsonNode line : http.get("/api/v1/me/conversations", member.auth()).data()) {
            if (bookingId.equals(line.path("booking_id").asString())) {
                return line.path("unread_count").asInt();
            }
        }
        throw new AssertionError("no conversation for booking " + bookingId);
    }
}
