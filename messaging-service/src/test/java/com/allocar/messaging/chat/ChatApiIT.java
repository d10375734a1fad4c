package com.allocar.messaging.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.messaging.support.BookingEvents;
import com.allocar.messaging.support.BookingEvents.Booking;
import com.allocar.messaging.support.FakeBookingService;
import com.allocar.messaging.support.MessagingIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat's REST endpoints and their error paths, on the real service, database and broker. */
class ChatApiIT extends MessagingIT {

    @Test
    void parties_post_and_read_newest_first_contact_details_masked_and_off_platform_payment_flagged() {
        Booking b = acceptedBooking();
        var first = postText(b, b.passenger(), "  Bonjour, je suis devant la pharmacie  ");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data().path("content").asString()).isEqualTo("Bonjour, je suis devant la pharmacie");
        assertThat(first.data().path("moderation").path("flagged").asBoolean()).isFalse();
        assertThat(first.data().path("moderation").path("masked")).isEmpty();
        assertThat(first.data().path("recipient_id").asString()).isEqualTo(b.driver().toString());

        var second = postText(b, b.driver(), "Paie-moi direct par Orange Money au +225 07 01 02 03 04 ou awa@gmail.com");
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        JsonNode moderation = second.data().path("moderation");
        assertThat(moderation.path("flagged").asBoolean()).isTrue();
        assertThat(moderation.path("reason").asString()).isEqualTo("off_platform_payment");
        assertThat(moderation.path("masked").toString()).isEqualTo("[\"phone\",\"email\"]");
        String stored = second.data().path("content").asString();
        assertThat(stored).isEqualTo("Paie-moi direct par Orange Money au [numéro masqué] ou [e-mail masqué]");
        UUID secondId = UUID.fromString(second.data().path("id").asString());
        assertThat(jdbc.sql("SELECT content FROM messages WHERE id = ?").param(secondId).query(String.class).single()).isEqualTo(stored);
        assertThat(jdbc.sql("SELECT flagged FROM messages WHERE id = ?").param(secondId).query(Boolean.class).single()).isTrue();

        for (UUID party : List.of(b.passenger(), b.driver())) {
            var list = http().get("/api/v1/bookings/" + b.id() + "/messages", auth(party));
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.data()).hasSize(2);
            assertThat(list.data().get(0).path("id").asString()).isEqualTo(secondId.toString());
            assertThat(list.data().get(0).path("content").asString()).isEqualTo(stored);
            assertThat(list.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(2);
        }
        // the flag is shown to its sender only
        var forDriver = http().get("/api/v1/bookings/" + b.id() + "/messages", auth(b.driver()));
        assertThat(forDriver.data().get(0).path("flagged").asBoolean()).isTrue();
        var forPassenger = http().get("/api/v1/bookings/" + b.id() + "/messages", auth(b.passenger()));
        assertThat(forPassenger.data().get(0).has("flagged")).isFalse();
    }

    @Test
    void message_created_is_published_keyed_by_booking_with_the_masked_preview() {
        Booking b = acceptedBooking();
        var r = postText(b, b.passenger(), "mon numéro 0701020304, envoie sur mon Wave");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        var records = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "messaging.messages", b.id().toString(), Duration.ofMillis(500));
        assertThat(records).hasSize(1);
        JsonNode event = TestHttp.json().readTree(records.getFirst().value());
        assertThat(event.path("type").asString()).isEqualTo("message.created");
        JsonNode p = event.path("payload");
        assertThat(p.path("message_id").asString()).isEqualTo(r.data().path("id").asString());
        assertThat(p.path("booking_id").asString()).isEqualTo(b.id().toString());
        assertThat(p.path("trip_id").asString()).isEqualTo(b.tripId().toString());
        assertThat(p.path("sender_id").asString()).isEqualTo(b.passenger().toString());
        assertThat(p.path("recipient_id").asString()).isEqualTo(b.driver().toString());
        assertThat(p.path("type").asString()).isEqualTo("text");
        assertThat(p.path("content_preview").asString()).isEqualTo("mon numéro [numéro masqué], envoie sur mon Wave");
        assertThat(p.path("flagged").asBoolean()).isTrue();
    }

    @Test
    void client_mistakes_are_validation_errors_never_500() {
        Booking b = acceptedBooking();
        String path = "/api/v1/bookings/" + b.id() + "/messages";
        String[] auth = auth(b.passenger());
        assertThat(fieldsOf(http().post(path, body("type", "video", "content", "hi"), auth))).contains("type");
        assertThat(fieldsOf(http().post(path, body("content", "hi"), auth))).contains("type");
        assertThat(fieldsOf(http().post(path, body("type", "text"), auth))).contains("content");
        assertThat(fieldsOf(http().post(path, body("type", "text", "content", "   "), auth))).contains("content");
        assertThat(fieldsOf(http().post(path, body("type", "text", "content", "x".repeat(2001)), auth))).contains("content");
        assertThat(postText(b, b.passenger(), "x".repeat(2000)).status()).isEqualTo(201);
        assertThat(fieldsOf(http().post(path, body("type", "text", "content", Map.of("a", 1)), auth))).contains("content");
        assertThat(fieldsOf(http().post(path, body("type", 42, "content", "hi"), auth))).contains("type");
        assertThat(fieldsOf(http().post(path, body("type", "text", "content", "hi", "to", "someone"), auth))).contains("to");
        assertThat(http().post(path, "{\"type\": \"text\", ", auth).errorCode()).isEqualTo("validation_error");
        assertThat(fieldsOf(http().post(path, "{\"type\": null, \"content\": \"hi\"}", auth))).contains("type");
        assertThat(fieldsOf(http().post(path, "[1, 2]", auth))).isNotNull();
        for (String odd : List.of("{\"type\": \"text\", \"content\": 123}", "{\"type\": \"text\", \"content\": true}",
                "{\"type\": [\"text\"], \"content\": \"hi\"}", "\"just a string\"", "null")) {
            var r = http().post(path, odd, auth);
            assertThat(r.status()).as(odd + " → " + r).isLessThan(500);
        }
        assertThat(fieldsOf(http().get("/api/v1/bookings/not-a-uuid/messages", auth))).contains("id");
        assertThat(fieldsOf(http().get(path + "?before=nope", auth))).contains("before");
        assertThat(fieldsOf(http().get(path + "?before=" + UUID.randomUUID(), auth))).contains("before");
        assertThat(fieldsOf(http().get(path + "?page_size=500", auth))).contains("page_size");
        assertThat(fieldsOf(http().get(path + "?page=0", auth))).contains("page");
        assertThat(fieldsOf(http().get(path + "?colour=red", auth))).contains("colour");
        assertThat(fieldsOf(http().post(path + "/read", body("up_to", "zzz"), auth))).contains("up_to");
        assertThat(fieldsOf(http().post(path + "/read", body("up_to", UUID.randomUUID().toString()), auth))).contains("up_to");
        assertThat(fieldsOf(http().post(path + "/read", body(), auth))).contains("up_to");
        assertThat(http().get(path).status()).isEqualTo(401);
        assertThat(http().get(path).errorCode()).isEqualTo("auth_required");
    }

    @Test
    void a_stranger_is_refused_403_on_every_endpoint() {
        Booking b = acceptedBooking();
        UUID stranger = UUID.randomUUID();
        String path = "/api/v1/bookings/" + b.id() + "/messages";
        var posted = postText(b, b.passenger(), "hello");
        List<TestHttp.Response> answers = new ArrayList<>();
        answers.add(http().get(path, auth(stranger)));
        answers.add(postText(b, stranger, "coucou"));
        answers.add(http().post(path + "/attachments", body("content_type", "image/png", "size_bytes", 10), auth(stranger)));
        answers.add(http().post(path + "/read", body("up_to", posted.data().path("id").asString()), auth(stranger)));
        for (var r : answers) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.errorCode()).isEqualTo("forbidden");
        }
        assertThat(http().get("/api/v1/me/conversations", auth(stranger)).data()).isEmpty();
    }

    @Test
    void a_booking_not_heard_of_yet_is_looked_up_once_in_booking_service() {
        Booking b = Booking.fresh();
        FakeBookingService.get().knows(b.id(), b.tripId(), b.passenger(), b.driver(), "paid", b.departure());
        var r = postText(b, b.passenger(), "Je serai là à 7h");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(status(b.id())).isEqualTo("paid");
        assertThat(http().get("/api/v1/bookings/" + b.id() + "/messages", auth(b.driver())).data()).hasSize(1);
        assertThat(postText(b, b.driver(), "ok").status()).isEqualTo(201);
        assertThat(FakeBookingService.get().lookups(b.id())).isEqualTo(1);
        assertThat(FakeBookingService.get().refusedTokens.get()).isZero();
        // and its events still apply over the looked-up state, even one that happened before the lookup
        BookingEvents.cancelled(b, Instant.now().minusSeconds(60)).send();
        eventually(() -> "cancelled".equals(status(b.id())));
    }

    @Test
    void a_booking_unknown_to_booking_service_is_404() {
        Booking b = Booking.fresh();
        var r = http().get("/api/v1/bookings/" + b.id() + "/messages", auth(b.passenger()));
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("not_found");
        assertThat(postText(b, b.passenger(), "hi").status()).isEqualTo(404);
        assertThat(status(b.id())).isNull();
    }

    @Test
    void booking_service_away_is_503_and_nothing_is_stored() {
        Booking b = Booking.fresh();
        FakeBookingService.get().knows(b.id(), b.tripId(), b.passenger(), b.driver(), "accepted", b.departure());
        FakeBookingService.get().failWith = 503;
        try {
            var r = http().get("/api/v1/bookings/" + b.id() + "/messages", auth(b.passenger()));
            assertThat(r.status()).as(r.toString()).isEqualTo(503);
            assertThat(r.errorCode()).isEqualTo("service_unavailable");
            assertThat(status(b.id())).isNull();
        } finally {
            FakeBookingService.get().failWith = null;
        }
        assertThat(http().get("/api/v1/bookings/" + b.id() + "/messages", auth(b.passenger())).status()).isEqualTo(200);
    }

    @Test
    void a_cancelled_or_rejected_booking_chat_is_closed_but_still_readable() {
        Booking b = acceptedBooking();
        assertThat(postText(b, b.passenger(), "avant").status()).isEqualTo(201);
        BookingEvents.cancelled(b, Instant.now()).send();
        eventually(() -> "cancelled".equals(status(b.id())));
        var r = postText(b, b.passenger(), "après");
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.errorCode()).isEqualTo("conflict");
        assertThat(r.body().path("error").path("details").path("chat").asString()).isEqualTo("closed");
        var upload = http().post("/api/v1/bookings/" + b.id() + "/messages/attachments", body("content_type", "image/png", "size_bytes", 10),
                auth(b.passenger()));
        assertThat(upload.status()).isEqualTo(409);
        assertThat(http().get("/api/v1/bookings/" + b.id() + "/messages", auth(b.driver())).data()).hasSize(1);

        Booking rejected = Booking.fresh();
        BookingEvents.created(rejected, Instant.now().minusSeconds(5)).send();
        BookingEvents.rejected(rejected, Instant.now()).send();
        eventually(() -> "cancelled".equals(status(rejected.id())));
        assertThat(postText(rejected, rejected.driver(), "désolé").status()).isEqualTo(409);
    }

    @Test
    void a_completed_ride_chat_is_writable_seven_days_then_read_only() {
        Booking recent = Booking.fresh();
        BookingEvents.completed(recent, Instant.now().minus(Duration.ofDays(6))).send();
        eventually(() -> "completed".equals(status(recent.id())));
        assertThat(postText(recent, recent.passenger(), "Merci pour le trajet !").status()).isEqualTo(201);

        Booking old = Booking.fresh();
        BookingEvents.completed(old, Instant.now().minus(Duration.ofDays(8))).send();
        eventually(() -> "completed".equals(status(old.id())));
        var r = postText(old, old.passenger(), "J'ai oublié mon sac");
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.errorCode()).isEqualTo("conflict");
        assertThat(r.body().path("error").path("details").path("chat").asString()).isEqualTo("read_only");
        assertThat(r.body().path("error").path("details").path("read_only_since").asString()).isNotEmpty();
        assertThat(http().get("/api/v1/bookings/" + old.id() + "/messages", auth(old.driver())).status()).isEqualTo(200);
    }

    @Test
    void pages_and_infinite_scroll_newest_first() {
        Booking b = acceptedBooking();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            var r = postText(b, i % 2 == 0 ? b.driver() : b.passenger(), "message " + i);
            assertThat(r.status()).isEqualTo(201);
            ids.add(r.data().path("id").asString());
        }
        String path = "/api/v1/bookings/" + b.id() + "/messages";
        var page1 = http().get(path + "?page_size=2", auth(b.passenger()));
        assertThat(contents(page1)).containsExactly("message 5", "message 4");
        JsonNode pagination = page1.body().path("meta").path("pagination");
        assertThat(pagination.path("total").asLong()).isEqualTo(5);
        assertThat(pagination.path("page_count").asInt()).isEqualTo(3);
        assertThat(contents(http().get(path + "?page_size=2&page=3", auth(b.passenger())))).containsExactly("message 1");
        var older = http().get(path + "?before=" + ids.get(2) + "&page_size=10", auth(b.driver()));
        assertThat(contents(older)).containsExactly("message 2", "message 1");
        assertThat(older.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(2);
    }

    @Test
    void read_receipts_and_my_conversations_with_unread_counts() {
        Booking b = acceptedBooking();
        Booking quiet = Booking.fresh();
        BookingEvents.paid(new Booking(quiet.id(), quiet.tripId(), b.passenger(), quiet.driver(), quiet.departure()), Instant.now()).send();
        eventually(() -> "paid".equals(status(quiet.id())));
        String m1 = postText(b, b.driver(), "un").data().path("id").asString();
        postText(b, b.driver(), "deux");
        String m3 = postText(b, b.driver(), "trois").data().path("id").asString();
        postText(b, b.passenger(), "ma réponse");

        var mine = http().get("/api/v1/me/conversations", auth(b.passenger()));
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.data()).hasSize(2);
        JsonNode line = mine.data().get(0);
        assertThat(line.path("booking_id").asString()).isEqualTo(b.id().toString());
        assertThat(line.path("role").asString()).isEqualTo("passenger");
        assertThat(line.path("other_party_id").asString()).isEqualTo(b.driver().toString());
        assertThat(line.path("chat").asString()).isEqualTo("open");
        assertThat(line.path("last_message").path("content").asString()).isEqualTo("ma réponse");
        assertThat(line.path("unread_count").asLong()).isEqualTo(3);
        assertThat(mine.data().get(1).path("booking_id").asString()).isEqualTo(quiet.id().toString());
        assertThat(mine.data().get(1).path("last_message").isNull()).isTrue();
        assertThat(mine.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(2);

        var read = http().post("/api/v1/bookings/" + b.id() + "/messages/read", body("up_to", m3), auth(b.passenger()));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.data().path("unread_count").asLong()).isZero();
        // an older pointer does not bring messages back to unread
        var back = http().post("/api/v1/bookings/" + b.id() + "/messages/read", body("up_to", m1), auth(b.passenger()));
        assertThat(back.data().path("up_to").asString()).isEqualTo(m3);
        assertThat(back.data().path("unread_count").asLong()).isZero();

        var driver = http().get("/api/v1/me/conversations?page_size=1", auth(b.driver()));
        assertThat(driver.data()).hasSize(1);
        assertThat(driver.data().get(0).path("role").asString()).isEqualTo("driver");
        assertThat(driver.data().get(0).path("unread_count").asLong()).isEqualTo(1);
        assertThat(fieldsOf(http().get("/api/v1/me/conversations?page_size=0", auth(b.driver())))).contains("page_size");
    }

    private static List<String> contents(TestHttp.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().forEach(m -> out.add(m.path("content").asString()));
        return out;
    }
}
