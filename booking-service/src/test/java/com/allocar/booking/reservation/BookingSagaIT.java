package com.allocar.booking.reservation;

import java.math.BigDecimal;
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
import static org.awaitility.Awaitility.await;

/** The saga's replies and trip-service's events, on the real broker: applied once, in any order. */
class BookingSagaIT extends BookingIT {

    private List<ConsumerRecord<String, String>> events(Object bookingId) {
        return KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.bookings", bookingId.toString(), Duration.ofSeconds(1));
    }

    private long audits(UUID bookingId, String like) {
        return jdbc.sql("SELECT count(*) FROM booking_events WHERE booking_id = ? AND meta::text LIKE ?").params(bookingId, "%" + like + "%")
                .query(Long.class).single();
    }

    @Test
    void aPaymentAnnouncedTwiceIsAppliedOnce() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID id = UUID.fromString(accepted(driver, passenger, tripId, 1).path("id").asString());
        UUID eventId = UUID.randomUUID();
        UUID paymentId = UUID.randomUUID();
        paymentSucceeded(eventId, paymentId, id, passenger, new BigDecimal("6000"));
        paymentSucceeded(eventId, paymentId, id, passenger, new BigDecimal("6000")); // redelivery
        paymentSucceeded(UUID.randomUUID(), paymentId, id, passenger, new BigDecimal("6000")); // same payment, new event id
        JsonNode paid = awaitStatus(passenger, id, "paid");
        String code = paid.path("check_in").path("qr_code").asString();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(get(passenger, id).path("check_in").path("qr_code").asString()).isEqualTo(code); // not regenerated
        assertThat(types(events(id))).containsExactly("booking.created", "booking.accepted", "booking.paid", "check_in.issued");
        assertThat(jdbc.sql("SELECT count(*) FROM booking_events WHERE booking_id = ? AND to_status = 'paid'").param(id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(seatsAvailable(tripId)).isEqualTo(2);
    }

    @Test
    void aFailedPaymentChangesNothingButIsRecorded() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID id = UUID.fromString(accepted(driver, passenger, tripId, 1).path("id").asString());
        UUID eventId = UUID.randomUUID();
        paymentFailed(eventId, UUID.randomUUID(), id, passenger);
        paymentFailed(eventId, UUID.randomUUID(), id, passenger);
        await().atMost(Duration.ofSeconds(20)).until(() -> audits(id, "payment.failed") == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> audits(id, "payment.failed") == 1);
        assertThat(status(id)).isEqualTo("accepted");
        // the passenger may still pay
        paymentSucceeded(UUID.randomUUID(), UUID.randomUUID(), id, passenger, new BigDecimal("6000"));
        awaitStatus(passenger, id, "paid");
    }

    @Test
    void aHoldThatExpiresBeforePaymentCancelsTheBookingAndALatePaymentIsRefunded() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID id = UUID.fromString(accepted(driver, passenger, tripId, 2).path("id").asString());
        assertThat(seatsAvailable(tripId)).isEqualTo(1);
        // time passes in trip-service: its expiry job (every second) releases the hold and announces seat_hold.expired
        tripDb().sql("UPDATE seat_holds SET expires_at = now() - interval '1 second' WHERE booking_id = ?").param(id).update();
        JsonNode cancelled = awaitStatus(passenger, id, "cancelled");
        assertThat(cancelled.path("cancel_reason").asString()).isEqualTo("hold_expired");
        assertThat(cancelled.path("cancelled_by").asString()).isEqualTo("system");
        assertThat(seatsAvailable(tripId)).isEqualTo(3);

        // the payment arrives afterwards: the booking stays cancelled, the money goes back in full
        UUID paymentId = UUID.randomUUID();
        paymentSucceeded(UUID.randomUUID(), paymentId, id, passenger, new BigDecimal("12000"));
        await().atMost(Duration.ofSeconds(20)).until(() -> types(events(id)).contains("refund.requested"));
        List<ConsumerRecord<String, String>> records = events(id);
        assertThat(types(records)).containsExactly("booking.created", "booking.accepted", "booking.cancelled", "refund.requested");
        JsonNode refund = payload(records.getLast());
        assertThat(refund.path("reason").asString()).isEqualTo("late_payment");
        assertThat(refund.path("refund_amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(refund.path("fee_amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(status(id)).isEqualTo("cancelled");
        assertThat(seatsAvailable(tripId)).isEqualTo(3);
    }

    @Test
    void aPaymentThatFindsTheHoldGoneIsRefundedAndTheBookingCancelled() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID id = UUID.fromString(accepted(driver, passenger, tripId, 1).path("id").asString());
        // out of order: trip-service expired the hold, but its seat_hold.expired is not here yet when the payment comes
        String holdId = jdbc.sql("SELECT hold_id::text FROM bookings WHERE id = ?").param(id).query(String.class).single();
        tripDb().sql("UPDATE seat_holds SET status = 'EXPIRED' WHERE id = ?::uuid").param(holdId).update();
        paymentSucceeded(UUID.randomUUID(), UUID.randomUUID(), id, passenger, new BigDecimal("6000"));
        JsonNode b = awaitStatus(passenger, id, "cancelled");
        assertThat(b.path("cancel_reason").asString()).isEqualTo("hold_expired");
        await().atMost(Duration.ofSeconds(20)).until(() -> types(events(id)).contains("refund.requested"));
        // then the expiry event arrives: nothing more happens
        tripEvent(UUID.randomUUID(), "seat_hold.expired", tripId, Map.of("hold_id", holdId, "booking_id", id.toString(), "trip_id", tripId,
                "seats", 1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(types(events(id))).containsExactly("booking.created", "booking.accepted", "booking.cancelled", "refund.requested");
    }

    @Test
    void aLateTripCancellationCancelsEveryBookingRefundsThePaidInFullAndPenalisesTheDriver() {
        UUID driver = driver();
        UUID payer = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        String tripId = publishedTrip(driver, 4, inHours(5), false).path("id").asString();
        UUID paidId = UUID.fromString(paid(driver, payer, tripId, 2).path("id").asString());
        UUID pendingId = UUID.fromString(booked(waiting, tripId, 1).path("id").asString());

        var cancel = trip().post("/api/v1/trips/" + tripId + "/cancel", Map.of("reason", "Panne"), auth(driver));
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        JsonNode p = awaitStatus(payer, paidId, "cancelled");
        assertThat(p.path("cancel_reason").asString()).isEqualTo("trip_cancelled");
        assertThat(p.path("refund_amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(p.path("fee_amount").decimalValue()).isEqualByComparingTo("0");
        awaitStatus(waiting, pendingId, "cancelled");

        await().atMost(Duration.ofSeconds(20)).until(() -> types(events(paidId)).contains("driver.penalized"));
        List<ConsumerRecord<String, String>> records = events(paidId);
        assertThat(types(records)).containsExactly("booking.created", "booking.accepted", "booking.paid", "check_in.issued", "booking.cancelled",
                "refund.requested", "driver.penalized");
        JsonNode refund = payload(records.get(5));
        assertThat(refund.path("reason").asString()).isEqualTo("trip_cancelled");
        assertThat(refund.path("refund_amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(refund.path("refund_id").asString()).isNotBlank();
        JsonNode penalty = payload(records.get(6));
        assertThat(penalty.path("driver_id").asString()).isEqualTo(driver.toString());
        assertThat(penalty.path("amount").decimalValue()).isEqualByComparingTo("1200"); // 10 % of 12000
        assertThat(penalty.path("score_points").asInt()).isEqualTo(10);
        // the pending booking carried no promise and no money: no refund, no penalty
        assertThat(types(events(pendingId))).containsExactly("booking.created", "booking.cancelled");

        // the same trip.cancelled again (redelivery with a new id) changes nothing
        tripEvent(UUID.randomUUID(), "trip.cancelled", tripId, Map.of("trip_id", tripId, "driver_id", driver.toString(),
                "affected_booking_ids", List.of(paidId.toString())));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(types(events(paidId))).hasSize(7);
    }

    @Test
    void aDeletedTripCancelsItsUnpaidBookings() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID id = UUID.fromString(booked(passenger, tripId, 1).path("id").asString());
        var deleted = trip().delete("/api/v1/trips/" + tripId, auth(driver));
        assertThat(deleted.status()).as(deleted.toString()).isIn(200, 204);
        JsonNode b = awaitStatus(passenger, id, "cancelled");
        assertThat(b.path("cancel_reason").asString()).isEqualTo("trip_deleted");
        assertThat(b.has("refund_amount")).isFalse();
    }

    @Test
    void aTripAllowingAutoAcceptAcceptsAtOnce() {
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver(), 3, inDays(2), true).path("id").asString();
        JsonNode b = booked(passenger, tripId, 1);
        assertThat(b.path("status").asString()).isEqualTo("accepted");
        UUID id = UUID.fromString(b.path("id").asString());
        List<String> audit = jdbc.sql("SELECT to_status || ':' || by FROM booking_events WHERE booking_id = ? ORDER BY seq").param(id)
                .query(String.class).list();
        assertThat(audit).containsExactly("pending:user", "accepted:system");
    }

    @Test
    void aRescheduledTripMovesTheDepartureOfItsLiveBookings() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID id = UUID.fromString(booked(passenger, tripId, 1).path("id").asString());
        String later = inDays(4).toString();
        var patched = trip().patch("/api/v1/trips/" + tripId, Map.of("departure_time", later), auth(driver));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> later.equals(get(passenger, id).path("departure_time").asString()));
        // the move is an event of the booking (same payload as every booking.*) and a line of its audit trail
        await().atMost(Duration.ofSeconds(20)).until(() -> types(events(id)).contains("booking.rescheduled"));
        List<ConsumerRecord<String, String>> records = events(id);
        assertThat(types(records)).containsExactly("booking.created", "booking.rescheduled");
        JsonNode moved = payload(records.getLast());
        assertThat(moved.path("status").asString()).isEqualTo("pending");
        assertThat(moved.path("previous_status").asString()).isEqualTo("pending");
        assertThat(moved.path("by").asString()).isEqualTo("system");
        assertThat(java.time.Instant.parse(moved.path("departure_time").asString())).isEqualTo(java.time.Instant.parse(later));
        assertThat(audits(id, "booking.rescheduled")).isEqualTo(1);
    }

    @Test
    void aMessageThatIsNotAnEventIsSkippedWithoutBlockingTheNextOnes() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID id = UUID.fromString(accepted(driver, passenger, tripId, 1).path("id").asString());
        send("payment.payments", "garbage", "{\"this\": \"is not an event\"}");
        paymentSucceeded(UUID.randomUUID(), UUID.randomUUID(), id, passenger, new BigDecimal("6000"));
        awaitStatus(passenger, id, "paid");
    }

    @Test
    void aPaymentForABookingTheDriverHasNotAcceptedIsRefunded() {
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver(), 3).path("id").asString();
        UUID id = UUID.fromString(booked(passenger, tripId, 1).path("id").asString());
        UUID paymentId = UUID.randomUUID();
        paymentSucceeded(UUID.randomUUID(), paymentId, id, passenger, new BigDecimal("6000"));
        await().atMost(Duration.ofSeconds(20)).until(() -> types(events(id)).contains("refund.requested"));
        JsonNode refund = payload(events(id).getLast());
        assertThat(refund.path("reason").asString()).isEqualTo("late_payment");
        assertThat(refund.path("refund_id").asString()).isEqualTo(RefundIds.ofPayment(paymentId).toString());
        assertThat(status(id)).isEqualTo("pending");
        assertThat(audits(id, "ignored_because")).isEqualTo(1);
    }
}
