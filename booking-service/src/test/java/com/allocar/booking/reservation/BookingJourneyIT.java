package com.allocar.booking.reservation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.support.BookingIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestInfra;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** pending → accepted → paid → check-in → start → end → completed, with its audit trail, events and ratings. */
class BookingJourneyIT extends BookingIT {

    @Test
    void fromBookingToCompletedWithCheckInNoShowAndRatings() {
        UUID driver = driver();
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String tripId = publishedTrip(driver, 4).path("id").asString();

        // pending, seats held at once in trip-service
        JsonNode created = booked(alice, tripId, 2);
        UUID id = UUID.fromString(created.path("id").asString());
        assertThat(id.version()).isEqualTo(4);
        assertThat(created.path("status").asString()).isEqualTo("pending");
        assertThat(created.path("amount_total").decimalValue()).isEqualByComparingTo("12000");
        assertThat(created.path("currency").asString()).isEqualTo("XOF");
        assertThat(created.path("driver_id").asString()).isEqualTo(driver.toString());
        assertThat(created.has("check_in")).isFalse();
        assertThat(seatsAvailable(tripId)).isEqualTo(2);

        // the driver accepts; payment-service announces the payment
        var acceptedR = http().post("/api/v1/bookings/" + id + "/accept", null, auth(driver));
        assertThat(acceptedR.status()).as(acceptedR.toString()).isEqualTo(200);
        assertThat(acceptedR.data().path("status").asString()).isEqualTo("accepted");
        paymentSucceeded(UUID.randomUUID(), UUID.randomUUID(), id, alice, created.path("amount_total").decimalValue());
        JsonNode paid = awaitStatus(alice, id, "paid");
        assertThat(paid.path("amount_paid").decimalValue()).isEqualByComparingTo("12000");
        String qr = paid.path("check_in").path("qr_code").asString();
        String shortCode = paid.path("check_in").path("short_code").asString();
        assertThat(qr).hasSizeGreaterThanOrEqualTo(43);
        assertThat(shortCode).hasSize(8);
        // the driver never sees the code: it must come from the passenger
        assertThat(get(driver, id).has("check_in")).isFalse();
        // the hold is confirmed: seats taken for good
        String holdId = jdbc.sql("SELECT hold_id FROM bookings WHERE id = ?").param(id).query(String.class).single();
        assertThat(trip().get("/internal/holds/" + holdId, internal()).data().path("status").asString()).isEqualTo("confirmed");

        // a second passenger pays but never shows up
        UUID bobBooking = UUID.fromString(paid(driver, bob, tripId, 1).path("id").asString());

        // check-in: wrong code refused, the short code (any case) works once
        var wrong = http().post("/api/v1/bookings/" + id + "/checkin", Map.of("code", "AAAAAAAA"), auth(driver));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.errorCode()).isEqualTo("validation_error");
        var byPassenger = http().post("/api/v1/bookings/" + id + "/checkin", Map.of("code", shortCode), auth(alice));
        assertThat(byPassenger.status()).isEqualTo(403);
        var ok = http().post("/api/v1/bookings/" + id + "/checkin", Map.of("code", shortCode.toLowerCase()), auth(driver));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.data().path("checked_in_at").asString()).isNotBlank();
        var again = http().post("/api/v1/bookings/" + id + "/checkin", Map.of("code", qr), auth(driver));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("conflict");
        assertThat(get(alice, id).has("check_in")).isFalse();

        // ratings are not open yet
        var early = http().post("/api/v1/ratings", Map.of("booking_id", id.toString(), "to_user_id", driver.toString(), "stars", 5), auth(alice));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().path("error").path("details").path("current").asString()).isEqualTo("paid");

        // the ride
        var start = http().post("/api/v1/bookings/" + id + "/start-ride", null, auth(driver));
        assertThat(start.status()).as(start.toString()).isEqualTo(200);
        assertThat(trip().get("/internal/trips/" + tripId, internal()).data().path("status").asString()).isEqualTo("ongoing");
        var end = http().post("/api/v1/bookings/" + id + "/end-ride", null, auth(driver));
        assertThat(end.status()).as(end.toString()).isEqualTo(200);
        assertThat(end.data().path("status").asString()).isEqualTo("completed");
        assertThat(end.data().path("completed_at").asString()).isNotBlank();
        assertThat(trip().get("/internal/trips/" + tripId, internal()).data().path("status").asString()).isEqualTo("completed");
        JsonNode noShow = get(bob, bobBooking);
        assertThat(noShow.path("status").asString()).isEqualTo("cancelled");
        assertThat(noShow.path("no_show").asBoolean()).isTrue();
        assertThat(noShow.path("cancel_reason").asString()).isEqualTo("no_show");
        assertThat(noShow.path("fee_amount").decimalValue()).isEqualByComparingTo("3000"); // 50 % of 6000 by default
        assertThat(noShow.path("refund_amount").decimalValue()).isEqualByComparingTo("3000");
        // end-ride again is harmless
        assertThat(http().post("/api/v1/bookings/" + id + "/end-ride", null, auth(driver)).status()).isEqualTo(200);

        // audit trail: every status change, who did it
        List<String> audit = jdbc.sql("SELECT coalesce(from_status, '-') || '>' || to_status || ':' || by FROM booking_events WHERE booking_id = ? ORDER BY seq")
                .param(id).query(String.class).list();
        assertThat(audit).containsExactly("->pending:user", "pending>accepted:user", "accepted>paid:system", "paid>paid:user",
                "paid>paid:user", "paid>completed:user");

        // events on booking.bookings, in order, each once
        List<ConsumerRecord<String, String>> events = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.bookings", id.toString(),
                Duration.ofSeconds(1));
        assertThat(types(events)).containsExactly("booking.created", "booking.accepted", "booking.paid", "check_in.issued", "booking.checked_in",
                "booking.completed");
        JsonNode completed = payload(events.getLast());
        assertThat(completed.path("status").asString()).isEqualTo("completed");
        assertThat(completed.path("previous_status").asString()).isEqualTo("paid");
        assertThat(completed.path("passenger_id").asString()).isEqualTo(alice.toString());
        assertThat(completed.path("amount_total").decimalValue()).isEqualByComparingTo("12000");
        List<ConsumerRecord<String, String>> bobEvents = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.bookings", bobBooking.toString(),
                Duration.ofSeconds(1));
        assertThat(types(bobEvents)).containsSubsequence("booking.paid", "booking.no_show", "refund.requested");
        JsonNode refund = payload(bobEvents.getLast());
        assertThat(refund.path("reason").asString()).isEqualTo("no_show");
        assertThat(refund.path("amount_paid").decimalValue()).isEqualByComparingTo("6000");
        assertThat(refund.path("refund_amount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(refund.path("fee_amount").decimalValue()).isEqualByComparingTo("3000");

        // ratings: each direction once, only between the parties, then public
        var wrongTarget = http().post("/api/v1/ratings", Map.of("booking_id", id.toString(), "to_user_id", bob.toString(), "stars", 4),
                auth(alice));
        assertThat(wrongTarget.status()).isEqualTo(400);
        var stranger = http().post("/api/v1/ratings", Map.of("booking_id", id.toString(), "to_user_id", driver.toString(), "stars", 1),
                auth(bob));
        assertThat(stranger.status()).isEqualTo(403);
        var badStars = http().post("/api/v1/ratings", Map.of("booking_id", id.toString(), "to_user_id", driver.toString(), "stars", 6),
                auth(alice));
        assertThat(badStars.status()).isEqualTo(400);
        var rated = http().post("/api/v1/ratings", Map.of("booking_id", id.toString(), "to_user_id", driver.toString(), "stars", 4,
                "comment", "Ponctuel"), auth(alice));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
        var twice = http().post("/api/v1/ratings", Map.of("booking_id", id.toString(), "to_user_id", driver.toString(), "stars", 5),
                auth(alice));
        assertThat(twice.status()).isEqualTo(409);
        var back = http().post("/api/v1/ratings", Map.of("booking_id", id.toString(), "to_user_id", alice.toString(), "stars", 5),
                auth(driver));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        var publicList = http().get("/api/v1/users/" + driver + "/ratings");
        assertThat(publicList.status()).as(publicList.toString()).isEqualTo(200);
        assertThat(publicList.data()).hasSize(1);
        assertThat(publicList.data().get(0).path("stars").asInt()).isEqualTo(4);
        assertThat(publicList.data().get(0).path("comment").asString()).isEqualTo("Ponctuel");
        assertThat(publicList.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(1);
        var ratingEvents = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.ratings", driver.toString(), Duration.ofSeconds(1));
        assertThat(types(ratingEvents)).containsExactly("user.rating_updated");
        JsonNode r = payload(ratingEvents.getFirst());
        assertThat(r.path("user_id").asString()).isEqualTo(driver.toString());
        assertThat(r.path("rating_avg").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(r.path("rating_count").asInt()).isEqualTo(1);
        // trip-service (a real consumer of the event) shows the driver's new average
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> tripDb()
                .sql("SELECT rating_count FROM members WHERE user_id = ?").param(driver).query(Integer.class).single() == 1);
    }
}
