package com.allocar.booking.dispute;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;

import com.allocar.booking.support.BookingIT;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff (admin-service, by its service token) on disputes: the support queue oldest first with each booking, one dispute
 * with its booking, and reviews — each change with its {@code dispute.updated} and its audit entry in the same
 * transaction, every refusal in the envelope and publishing nothing.
 */
class StaffDisputesIT extends BookingIT {

    private final UUID support = UUID.randomUUID();
    private final UUID finance = UUID.randomUUID();

    private static String[] asAdmin() {
        return TestServiceKeys.header(FleetService.ADMIN, FleetService.BOOKING);
    }

    private String open(UUID party, String bookingId, String category) {
        var r = http().post("/api/v1/disputes", Map.of("booking_id", bookingId, "category", category,
                "description", "Le conducteur est parti sans moi"), auth(party));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asString();
    }

    private TestHttp.Response review(Object id, String status, String resolution, UUID staff) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (resolution != null) {
            body.put("resolution", resolution);
        }
        if (staff != null) {
            body.put("staff_id", staff.toString());
        }
        return http().post("/internal/disputes/" + id + "/review", body, asAdmin());
    }

    private List<JsonNode> auditEntries(String disputeId) {
        return jdbc.sql("SELECT payload::text FROM outbox WHERE aggregate_id = ? AND type = 'audit.recorded' ORDER BY seq").param(disputeId)
                .query(String.class).list().stream().map(p -> TestHttp.json().readTree(p).path("payload")).toList();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.spliterator(), false).map(d -> d.path("id").asString()).toList();
    }

    @Test
    void staffWorkTheQueueOldestFirstEachDisputeWithItsBooking() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        String bookingId = paid(driver, passenger, tripId, 1).path("id").asString();
        String byPassenger = open(passenger, bookingId, "driver_behaviour");
        String byDriver = open(driver, bookingId, "payment");

        var queue = http().get("/internal/disputes?booking_id=" + bookingId, asAdmin());
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        assertThat(ids(queue.data())).containsExactly(byPassenger, byDriver);
        JsonNode first = queue.data().get(0);
        assertThat(first.path("opened_by").asString()).isEqualTo(passenger.toString());
        assertThat(first.path("category").asString()).isEqualTo("driver_behaviour");
        assertThat(first.path("status").asString()).isEqualTo("open");
        assertThat(first.path("booking").path("trip_id").asString()).isEqualTo(tripId);
        assertThat(first.path("booking").path("passenger_id").asString()).isEqualTo(passenger.toString());
        assertThat(first.path("booking").path("driver_id").asString()).isEqualTo(driver.toString());
        assertThat(first.path("booking").path("status").asString()).isEqualTo("paid");
        assertThat(first.path("booking").path("amount_paid").decimalValue()).isEqualByComparingTo("6000");
        assertThat(queue.raw()).doesNotContain("qr_code").doesNotContain("short_code");
        assertThat(ids(http().get("/internal/disputes?booking_id=" + bookingId + "&sort=-created_at", asAdmin()).data()))
                .containsExactly(byDriver, byPassenger);
        assertThat(ids(http().get("/internal/disputes?booking_id=" + bookingId + "&category=payment", asAdmin()).data())).containsExactly(byDriver);
        assertThat(review(byDriver, "in_review", null, support).status()).isEqualTo(200);
        assertThat(ids(http().get("/internal/disputes?booking_id=" + bookingId + "&status=open", asAdmin()).data())).containsExactly(byPassenger);
        assertThat(ids(http().get("/internal/disputes?booking_id=" + bookingId + "&status=in:open,in_review&page_size=1&page=2", asAdmin())
                .data())).containsExactly(byDriver);

        var one = http().get("/internal/disputes/" + byPassenger, asAdmin());
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.data().path("description").asString()).isEqualTo("Le conducteur est parti sans moi");
        assertThat(one.data().path("booking").path("amount_total").decimalValue()).isEqualByComparingTo("6000");
        assertThat(one.data().path("booking").path("departure_time").asString()).isNotBlank();
        var unknown = http().get("/internal/disputes/" + UUID.randomUUID(), asAdmin());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");

        assertThat(fields(http().get("/internal/disputes?status=lost", asAdmin()))).contains("status");
        assertThat(fields(http().get("/internal/disputes?booking_id=me", asAdmin()))).contains("booking_id");
        assertThat(fields(http().get("/internal/disputes?category=weather", asAdmin()))).contains("category");
        assertThat(fields(http().get("/internal/disputes?sort=description", asAdmin()))).contains("sort");
        assertThat(fields(http().get("/internal/disputes?colour=blue", asAdmin()))).contains("colour");
    }

    @Test
    void supportPutsItInReviewFinanceResolvesItEachChangeTellsThePartiesAndIsAudited() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String bookingId = paid(driver, passenger, publishedTrip(driver, 3).path("id").asString(), 1).path("id").asString();
        String id = open(passenger, bookingId, "driver_behaviour");

        var inReview = review(id, "in_review", null, support);
        assertThat(inReview.status()).as(inReview.toString()).isEqualTo(200);
        assertThat(inReview.data().path("status").asString()).isEqualTo("in_review");
        assertThat(inReview.data().path("booking").path("status").asString()).isEqualTo("paid");
        var resolved = review(id, "resolved", "  Conducteur averti ; 2 000 FCFA remboursés ", finance);
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.data().path("status").asString()).isEqualTo("resolved");
        assertThat(resolved.data().path("resolution").asString()).isEqualTo("Conducteur averti ; 2 000 FCFA remboursés");
        assertThat(resolved.data().path("resolved_by").asString()).isEqualTo(finance.toString());
        assertThat(resolved.data().path("resolved_at").asString()).isNotBlank();
        // the parties read the decision on their own route
        var read = http().get("/api/v1/disputes/" + id, auth(passenger));
        assertThat(read.data().path("status").asString()).isEqualTo("resolved");
        assertThat(read.data().path("resolution").asString()).isEqualTo("Conducteur averti ; 2 000 FCFA remboursés");

        // the same decision again (a retry) changes and records nothing; going back is refused
        assertThat(review(id, "resolved", "Conducteur averti ; 2 000 FCFA remboursés", finance).status()).isEqualTo(200);
        var back = review(id, "in_review", null, support);
        assertThat(back.status()).as(back.toString()).isEqualTo(409);
        assertThat(back.errorCode()).isEqualTo("conflict");
        assertThat(back.body().path("error").path("details").path("current").asString()).isEqualTo("resolved");
        assertThat(back.body().path("error").path("details").path("allowed").toString()).isEqualTo("[]");

        assertThat(outboxTypes(id)).containsExactly("dispute.opened", "dispute.updated", "audit.recorded", "dispute.updated", "audit.recorded");
        List<JsonNode> audit = auditEntries(id);
        assertThat(audit).extracting(a -> a.path("action").asString() + " " + a.path("actor_type").asString() + " " + a.path("actor_id").asString()
                + " " + a.path("entity").asString() + " " + a.path("entity_id").asString())
                .containsExactly("dispute.review admin " + support + " dispute " + id, "dispute.review admin " + finance + " dispute " + id);
        assertThat(audit.getFirst().path("meta").path("previous_status").asString()).isEqualTo("open");
        assertThat(audit.getLast().path("meta").path("status").asString()).isEqualTo("resolved");
        assertThat(audit.getLast().path("meta").path("resolution").asString()).isEqualTo("Conducteur averti ; 2 000 FCFA remboursés");
        assertThat(audit.getLast().path("meta").path("booking_id").asString()).isEqualTo(bookingId);

        // what notification-service hears, as the member PATCH published it: opened, then each move with its previous status
        List<ConsumerRecord<String, String>> events = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "booking.disputes", id, Duration.ofSeconds(1));
        assertThat(types(events)).containsExactly("dispute.opened", "dispute.updated", "dispute.updated");
        JsonNode moved = payload(events.get(1));
        assertThat(moved.path("previous_status").asString() + ">" + moved.path("status").asString()).isEqualTo("open>in_review");
        assertThat(moved.path("resolution").isNull()).isTrue();
        JsonNode decided = payload(events.getLast());
        assertThat(decided.path("previous_status").asString() + ">" + decided.path("status").asString()).isEqualTo("in_review>resolved");
        assertThat(decided.path("resolution").asString()).isEqualTo("Conducteur averti ; 2 000 FCFA remboursés");
        assertThat(decided.path("passenger_id").asString()).isEqualTo(passenger.toString());
        assertThat(decided.path("driver_id").asString()).isEqualTo(driver.toString());
        assertThat(decided.path("category").asString()).isEqualTo("driver_behaviour");
    }

    @Test
    void everyRefusalIsInTheEnvelopeAndPublishesNothing() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String bookingId = booked(passenger, publishedTrip(driver, 3).path("id").asString(), 1).path("id").asString();
        String id = open(passenger, bookingId, "payment");

        assertThat(fields(review(id, "open", null, support))).contains("status");
        assertThat(fields(review(id, "closed", "x", support))).contains("status");
        assertThat(fields(review(id, null, "x", support))).contains("status");
        assertThat(fields(review(id, "in_review", null, null))).contains("staff_id");
        assertThat(fields(review(id, "rejected", "x".repeat(2001), support))).contains("resolution");
        assertThat(fields(review(id, "resolved", null, support))).contains("resolution");
        assertThat(fields(review(id, "rejected", "   ", support))).contains("resolution");
        var unknown = review(UUID.randomUUID(), "in_review", null, support);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        assertThat(fields(http().post("/internal/disputes/not-a-dispute/review", Map.of("status", "in_review", "staff_id", support.toString()),
                asAdmin()))).contains("id");

        assertThat(http().get("/internal/disputes/" + id, asAdmin()).data().path("status").asString()).isEqualTo("open");
        assertThat(outboxTypes(id)).containsExactly("dispute.opened");
        // a decision of at most 2000 characters is taken
        assertThat(review(id, "rejected", "x".repeat(2000), support).status()).isEqualTo(200);
    }

    @Test
    void twoStaffMembersDecidingAtOnceMakeOneDecisionAndTheOtherIsToldWhichStandsNow() throws Exception {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String bookingId = booked(passenger, publishedTrip(driver, 3).path("id").asString(), 1).path("id").asString();
        String id = open(passenger, bookingId, "refund");
        CountDownLatch start = new CountDownLatch(1);
        var resolve = CompletableFuture.supplyAsync(() -> {
            await(start);
            return review(id, "resolved", "Remboursé", support);
        });
        var reject = CompletableFuture.supplyAsync(() -> {
            await(start);
            return review(id, "rejected", "Non fondé", finance);
        });
        start.countDown();
        List<TestHttp.Response> answers = List.of(resolve.get(), reject.get());

        assertThat(answers).extracting(TestHttp.Response::status).containsExactlyInAnyOrder(200, 409);
        TestHttp.Response won = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        TestHttp.Response lost = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        // the lock makes the second wait for the first and see its decision, not a lost update
        assertThat(lost.body().path("error").path("details").path("current").asString()).isEqualTo(won.data().path("status").asString());
        assertThat(outboxTypes(id)).containsExactly("dispute.opened", "dispute.updated", "audit.recorded");
        assertThat(http().get("/internal/disputes/" + id, asAdmin()).data().path("resolution").asString())
                .isEqualTo(won.data().path("resolution").asString());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
