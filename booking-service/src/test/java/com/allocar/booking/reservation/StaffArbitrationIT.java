package com.allocar.booking.reservation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.allocar.booking.support.BookingIT;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff (admin-service, by its service token) on bookings: a trip cancelled by staff through the real trip-service, the
 * staff list of bookings, and arbitration — each change with its events and its audit entry in the same transaction.
 */
class StaffArbitrationIT extends BookingIT {

    private final UUID staff = UUID.randomUUID();

    private static String[] asAdmin() {
        return TestServiceKeys.header(FleetService.ADMIN, FleetService.BOOKING);
    }

    private JsonNode auditEntry(Object bookingId) {
        String payload = jdbc.sql("SELECT payload::text FROM outbox WHERE aggregate_id = ? AND type = 'audit.recorded'")
                .param(bookingId.toString()).query(String.class).single();
        return TestHttp.json().readTree(payload).path("payload");
    }

    private TestHttp.Response arbitrate(Object bookingId, Map<String, Object> body) {
        return http().post("/internal/bookings/" + bookingId + "/arbitration", body, asAdmin());
    }

    private Map<String, Object> decision(String outcome, Object refund) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (refund != null) {
            body.put("refund_amount", refund);
        }
        body.put("reason", "Litige examiné par le support");
        body.put("staff_id", staff.toString());
        return body;
    }

    /** The ride is behind us: the booking's own departure moved into the past (what the no-show and completion rules ask). */
    private void departed(UUID bookingId) {
        jdbc.sql("UPDATE bookings SET departure_time = now() - interval '1 hour' WHERE id = ?").param(bookingId).update();
    }

    @Test
    void opsCancellingATripRefundsItsPaidPassengersInFullAndNeverPenalisesTheDriver() {
        UUID driver = driver();
        UUID payer = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        String tripId = publishedTrip(driver, 4, inHours(5), false).path("id").asString(); // the driver's late window
        UUID paidId = UUID.fromString(paid(driver, payer, tripId, 2).path("id").asString());
        UUID pendingId = UUID.fromString(booked(waiting, tripId, 1).path("id").asString());

        var cancel = trip().post("/internal/trips/" + tripId + "/cancellation", Map.of("reason", "Annonce frauduleuse", "staff_id", staff),
                TestServiceKeys.header(FleetService.ADMIN, FleetService.TRIP));
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);

        JsonNode p = awaitStatus(payer, paidId, "cancelled");
        assertThat(p.path("cancel_reason").asString()).isEqualTo("trip_cancelled");
        assertThat(p.path("cancelled_by").asString()).isEqualTo("admin");
        assertThat(p.path("refund_amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(p.path("fee_amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(outboxTypes(paidId)).containsExactly("booking.created", "booking.accepted", "booking.paid", "check_in.issued",
                "booking.cancelled", "refund.requested");
        await().atMost(Duration.ofSeconds(20)).until(() -> types(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.bookings",
                paidId.toString(), Duration.ofMillis(500))).contains("refund.requested"));
        var refund = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.bookings", paidId.toString(), Duration.ofMillis(500)).stream()
                .filter(r -> new String(r.headers().lastHeader("event_type").value()).equals("refund.requested")).findFirst().orElseThrow();
        assertThat(payload(refund).path("reason").asString()).isEqualTo("trip_cancelled");
        assertThat(payload(refund).path("refund_amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(jdbc.sql("SELECT by || ' ' || actor_id FROM booking_events WHERE booking_id = ? AND to_status = 'cancelled'").param(paidId)
                .query(String.class).single()).isEqualTo("admin " + staff);

        awaitStatus(waiting, pendingId, "cancelled");
        assertThat(outboxTypes(pendingId)).containsExactly("booking.created", "booking.cancelled");
    }

    @Test
    void aTripCancelledEventWithoutCancelledByIsTheDriversAndALateOneStillPenalisesThem() {
        UUID driver = driver();
        UUID payer = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3, inHours(5), false).path("id").asString();
        UUID paidId = UUID.fromString(paid(driver, payer, tripId, 1).path("id").asString());
        // as trip-service wrote trip.cancelled before staff could cancel
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("trip_id", tripId);
        old.put("driver_id", driver.toString());
        old.put("departure_time", inHours(5).toString());
        old.put("reason", "panne");
        old.put("cancelled_at", Instant.now().toString());
        old.put("affected_booking_ids", List.of(paidId.toString()));
        tripEvent(UUID.randomUUID(), "trip.cancelled", tripId, old);
        JsonNode b = awaitStatus(payer, paidId, "cancelled");
        assertThat(b.path("cancelled_by").asString()).isEqualTo("system");
        assertThat(outboxTypes(paidId)).endsWith("booking.cancelled", "refund.requested", "driver.penalized");
    }

    @Test
    void staffListEveryonesBookingsFilteredAndPagedWithoutCheckInCodes() {
        UUID driver = driver();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String tripId = publishedTrip(driver, 4).path("id").asString();
        String paidId = paid(driver, first, tripId, 1).path("id").asString();
        String pendingId = booked(second, tripId, 2).path("id").asString();

        var all = http().get("/internal/bookings?trip_id=" + tripId, asAdmin());
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(StreamSupport.stream(all.data().spliterator(), false).map(x -> x.path("id").asString())).containsExactly(pendingId, paidId);
        assertThat(all.raw()).doesNotContain("qr_code").doesNotContain("short_code");
        assertThat(all.data().get(1).path("amount_paid").decimalValue()).isEqualByComparingTo("6000");
        assertThat(all.data().get(1).path("passenger_id").asString()).isEqualTo(first.toString());
        assertThat(http().get("/internal/bookings?trip_id=" + tripId + "&status=paid", asAdmin()).data().size()).isEqualTo(1);
        assertThat(http().get("/internal/bookings?trip_id=" + tripId + "&status=in:pending,accepted", asAdmin()).data().get(0).path("id")
                .asString()).isEqualTo(pendingId);
        assertThat(http().get("/internal/bookings?passenger_id=" + second, asAdmin()).data().get(0).path("id").asString()).isEqualTo(pendingId);
        var byDriver = http().get("/internal/bookings?driver_id=" + driver + "&page_size=1&page=2", asAdmin());
        assertThat(byDriver.data().get(0).path("id").asString()).isEqualTo(paidId);
        assertThat(byDriver.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(2);

        assertThat(fields(http().get("/internal/bookings?status=lost", asAdmin()))).contains("status");
        assertThat(fields(http().get("/internal/bookings?passenger_id=me", asAdmin()))).contains("passenger_id");
        assertThat(fields(http().get("/internal/bookings?role=driver", asAdmin()))).contains("role");
    }

    @Test
    void anArbitratedCancellationRefundsExactlyTheAmountNamedGivesTheSeatsBackAndIsAudited() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        UUID id = UUID.fromString(paid(driver, passenger, tripId, 2).path("id").asString());
        assertThat(seatsAvailable(tripId)).isEqualTo(1);

        var r = arbitrate(id, decision("cancelled", 5000));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("status").asString()).isEqualTo("cancelled");
        assertThat(r.data().path("cancel_reason").asString()).isEqualTo("arbitration");
        assertThat(r.data().path("cancelled_by").asString()).isEqualTo("admin");
        assertThat(r.data().path("refund_amount").decimalValue()).isEqualByComparingTo("5000");
        assertThat(r.data().path("fee_amount").decimalValue()).isEqualByComparingTo("7000");
        assertThat(seatsAvailable(tripId)).isEqualTo(3);

        assertThat(outboxTypes(id)).endsWith("booking.cancelled", "refund.requested", "audit.recorded");
        await().atMost(Duration.ofSeconds(20)).until(() -> types(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.bookings",
                id.toString(), Duration.ofMillis(500))).contains("refund.requested"));
        var refund = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.bookings", id.toString(), Duration.ofMillis(500)).getLast();
        assertThat(payload(refund).path("refund_amount").decimalValue()).isEqualByComparingTo("5000");
        assertThat(payload(refund).path("fee_amount").decimalValue()).isEqualByComparingTo("7000");
        assertThat(payload(refund).path("reason").asString()).isEqualTo("admin");
        JsonNode audit = auditEntry(id);
        assertThat(audit.path("actor_type").asString()).isEqualTo("admin");
        assertThat(audit.path("actor_id").asString()).isEqualTo(staff.toString());
        assertThat(audit.path("action").asString()).isEqualTo("booking.arbitrate");
        assertThat(audit.path("entity").asString()).isEqualTo("booking");
        assertThat(audit.path("meta").path("outcome").asString()).isEqualTo("cancelled");
        assertThat(audit.path("meta").path("refund_amount").decimalValue()).isEqualByComparingTo("5000");
        assertThat(jdbc.sql("SELECT by || ' ' || actor_id || ' ' || (meta->>'note') FROM booking_events WHERE booking_id = ? AND to_status = 'cancelled'")
                .param(id).query(String.class).single()).isEqualTo("admin " + staff + " Litige examiné par le support");

        var twice = arbitrate(id, decision("cancelled", 0));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("error").path("details").path("current").asString()).isEqualTo("cancelled");
        assertThat(outboxTypes(id)).filteredOn("audit.recorded"::equals).hasSize(1);
    }

    @Test
    void everyRefusalIsInTheEnvelopeAndChangesNothing() {
        UUID driver = driver();
        String tripId = publishedTrip(driver, 4).path("id").asString();
        UUID paidId = UUID.fromString(paid(driver, UUID.randomUUID(), tripId, 2).path("id").asString());
        UUID pendingId = UUID.fromString(booked(UUID.randomUUID(), tripId, 1).path("id").asString());

        assertThat(fields(arbitrate(paidId, decision("cancelled", null)))).contains("refund_amount");
        assertThat(fields(arbitrate(paidId, decision("cancelled", 12000.01)))).contains("refund_amount");
        assertThat(fields(arbitrate(paidId, decision("cancelled", -1)))).contains("refund_amount");
        assertThat(fields(arbitrate(paidId, decision("completed", 100)))).contains("refund_amount");
        assertThat(fields(arbitrate(paidId, decision("refunded", null)))).contains("outcome");
        assertThat(fields(arbitrate(pendingId, decision("cancelled", 0)))).contains("refund_amount");
        Map<String, Object> noReason = decision("no_show", null);
        noReason.put("reason", " ");
        assertThat(fields(arbitrate(paidId, noReason))).contains("reason");
        Map<String, Object> noStaff = decision("no_show", null);
        noStaff.remove("staff_id");
        assertThat(fields(arbitrate(paidId, noStaff))).contains("staff_id");

        var early = arbitrate(paidId, decision("no_show", null));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.body().path("error").path("details").path("current").asString()).isEqualTo("paid");
        assertThat(early.body().path("error").path("details").path("departure_time").asString()).isNotBlank();
        assertThat(arbitrate(paidId, decision("completed", null)).status()).isEqualTo(409);
        var unpaid = arbitrate(pendingId, decision("no_show", null));
        assertThat(unpaid.status()).isEqualTo(409);
        assertThat(unpaid.body().path("error").path("details").path("current").asString()).isEqualTo("pending");
        var unknown = arbitrate(UUID.randomUUID(), decision("cancelled", 0));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");

        assertThat(status(paidId)).isEqualTo("paid");
        assertThat(status(pendingId)).isEqualTo("pending");
        assertThat(outboxTypes(paidId)).doesNotContain("audit.recorded", "booking.cancelled");
        assertThat(outboxTypes(pendingId)).containsExactly("booking.created");
    }

    @Test
    void afterDepartureStaffSettleANoShowUnderItsRuleAndAPaidRideAsCompleted() {
        UUID driver = driver();
        String tripId = publishedTrip(driver, 4).path("id").asString();
        UUID absent = UUID.fromString(paid(driver, UUID.randomUUID(), tripId, 2).path("id").asString());
        UUID carried = UUID.fromString(paid(driver, UUID.randomUUID(), tripId, 1).path("id").asString());
        departed(absent);
        departed(carried);

        var noShow = arbitrate(absent, decision("no_show", null));
        assertThat(noShow.status()).as(noShow.toString()).isEqualTo(200);
        assertThat(noShow.data().path("status").asString()).isEqualTo("cancelled");
        assertThat(noShow.data().path("no_show").asBoolean()).isTrue();
        assertThat(noShow.data().path("fee_amount").decimalValue()).isEqualByComparingTo("6000"); // the no-show rule's 50 %
        assertThat(outboxTypes(absent)).endsWith("booking.no_show", "refund.requested", "audit.recorded");
        assertThat(auditEntry(absent).path("meta").path("outcome").asString()).isEqualTo("no_show");

        var done = arbitrate(carried, decision("completed", null));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.data().path("status").asString()).isEqualTo("completed");
        assertThat(done.data().path("completed_at").asString()).isNotBlank();
        assertThat(outboxTypes(carried)).endsWith("booking.completed", "audit.recorded");
        assertThat(auditEntry(carried).path("meta").path("previous_status").asString()).isEqualTo("paid");
        var again = arbitrate(carried, decision("no_show", null));
        assertThat(again.body().path("error").path("details").path("current").asString()).isEqualTo("completed");
    }
}
