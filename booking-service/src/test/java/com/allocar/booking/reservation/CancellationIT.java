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
import static org.awaitility.Awaitility.await;

/** Cancellations by the parties: the rules' decisions as events, seats back in trip-service. */
class CancellationIT extends BookingIT {

    private List<ConsumerRecord<String, String>> events(String bookingId) {
        return KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.bookings", bookingId, Duration.ofSeconds(1));
    }

    @Test
    void aPassengerCancellingLateIsRefundedMinusTheFeeAndTheSeatsComeBack() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3, inHours(6), false).path("id").asString();
        String id = paid(driver, passenger, tripId, 2).path("id").asString();
        assertThat(seatsAvailable(tripId)).isEqualTo(1);

        var r = http().post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "malade"), auth(passenger));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("status").asString()).isEqualTo("cancelled");
        assertThat(r.data().path("cancelled_by").asString()).isEqualTo("user");
        assertThat(r.data().path("fee_amount").decimalValue()).isEqualByComparingTo("2400"); // 20 % of 12000
        assertThat(r.data().path("refund_amount").decimalValue()).isEqualByComparingTo("9600");
        assertThat(seatsAvailable(tripId)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT hold_released_at IS NOT NULL FROM bookings WHERE id = ?::uuid").param(id).query(Boolean.class).single()).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> types(events(id)).contains("refund.requested"));
        List<ConsumerRecord<String, String>> records = events(id);
        assertThat(types(records)).containsExactly("booking.created", "booking.accepted", "booking.paid", "check_in.issued", "booking.cancelled", "refund.requested");
        JsonNode refund = payload(records.getLast());
        assertThat(refund.path("reason").asString()).isEqualTo("passenger_cancelled");
        assertThat(refund.path("amount_paid").decimalValue()).isEqualByComparingTo("12000");
        assertThat(refund.path("refund_amount").decimalValue()).isEqualByComparingTo("9600");
        assertThat(refund.path("fee_amount").decimalValue()).isEqualByComparingTo("2400");
        assertThat(refund.path("passenger_id").asString()).isEqualTo(passenger.toString());
        assertThat(refund.path("currency").asString()).isEqualTo("XOF");
        JsonNode cancelled = payload(records.get(4));
        assertThat(cancelled.path("previous_status").asString()).isEqualTo("paid");
        assertThat(cancelled.path("by").asString()).isEqualTo("user");
    }

    @Test
    void aPassengerCancellingEarlyGetsEverythingBack() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3, inDays(3), false).path("id").asString();
        String id = paid(driver, passenger, tripId, 1).path("id").asString();
        var r = http().post("/api/v1/bookings/" + id + "/cancel", null, auth(passenger));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().path("refund_amount").decimalValue()).isEqualByComparingTo("6000");
        assertThat(r.data().path("fee_amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(seatsAvailable(tripId)).isEqualTo(3);
    }

    @Test
    void anUnpaidBookingCancelledMovesNoMoney() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3, inHours(3), false).path("id").asString();
        String id = accepted(driver, passenger, tripId, 1).path("id").asString();
        var r = http().post("/api/v1/bookings/" + id + "/cancel", null, auth(passenger));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().has("refund_amount")).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> types(events(id)).contains("booking.cancelled"));
        assertThat(types(events(id))).containsExactly("booking.created", "booking.accepted", "booking.cancelled");
    }

    @Test
    void aDriverCancellingAPaidBookingLateRefundsInFullAndIsPenalised() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3, inHours(4), false).path("id").asString();
        String id = paid(driver, passenger, tripId, 1).path("id").asString();
        var r = http().post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "voiture en panne"), auth(driver));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("refund_amount").decimalValue()).isEqualByComparingTo("6000");
        assertThat(r.data().path("cancel_reason").asString()).startsWith("driver_cancelled");
        await().atMost(Duration.ofSeconds(20)).until(() -> types(events(id)).contains("driver.penalized"));
        List<ConsumerRecord<String, String>> records = events(id);
        assertThat(types(records)).endsWith("booking.cancelled", "refund.requested", "driver.penalized");
        assertThat(payload(records.get(records.size() - 2)).path("reason").asString()).isEqualTo("driver_cancelled");
        JsonNode penalty = payload(records.getLast());
        assertThat(penalty.path("amount").decimalValue()).isEqualByComparingTo("600");
        assertThat(penalty.path("booking_id").asString()).isEqualTo(id);
        assertThat(penalty.path("trip_id").asString()).isEqualTo(tripId);
        assertThat(seatsAvailable(tripId)).isEqualTo(3);
    }

    @Test
    void aRejectedBookingIsCancelledAndItsSeatsReleased() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        String id = booked(passenger, tripId, 3).path("id").asString();
        assertThat(seatsAvailable(tripId)).isZero();
        var r = http().post("/api/v1/bookings/" + id + "/reject", Map.of("reason", "bagages trop gros"), auth(driver));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("status").asString()).isEqualTo("cancelled");
        assertThat(r.data().path("cancel_reason").asString()).startsWith("rejected");
        assertThat(seatsAvailable(tripId)).isEqualTo(3);
        await().atMost(Duration.ofSeconds(20)).until(() -> types(events(id)).contains("booking.rejected"));
        assertThat(types(events(id))).containsExactly("booking.created", "booking.rejected");
    }

    @Test
    void aReleaseThatFailedIsFinishedByTheRetryJob() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        String id = booked(passenger, tripId, 2).path("id").asString();
        // as if trip-service had been down when the booking was cancelled: cancelled, hold still taken
        jdbc.sql("UPDATE bookings SET status = 'CANCELLED', cancel_reason = 'passenger_cancelled', cancelled_at = now() WHERE id = ?::uuid")
                .param(id).update();
        assertThat(seatsAvailable(tripId)).isEqualTo(1);
        holdReleases.retryPending();
        assertThat(seatsAvailable(tripId)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT hold_released_at IS NOT NULL FROM bookings WHERE id = ?::uuid").param(id).query(Boolean.class).single()).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    HoldReleases holdReleases;
}
