package com.allocar.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.allocar.e2e.Members.Member;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dispute through the gateway with the real Keycloak, admin-service and booking-service: a passenger with a paid
 * booking opens one, support finds it in the queue and puts it in review, finance resolves it, the passenger reads the
 * decision; compliance may not touch it, a member may not review it; both reviews are in the audit trail with the staff ids.
 */
class DisputeJourneyE2E {

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void aPassengersDisputeIsReviewedBySupportResolvedByFinanceAndAudited() {
        Member driver = Members.signUp(http, "Kouamé", "N'Guessan");
        Members.approvedKyc(http, driver);
        String tripId = Members.publishTrip(http, driver, Members.tripToYamoussoukro(Instant.now().plus(4, ChronoUnit.DAYS), 6500));
        Member passenger = Members.signUp(http, "Affoué", "Konan");
        String bookingId = Members.paidBooking(http, driver, passenger, tripId, new BigDecimal("6500"));

        var opened = http.post("/api/v1/disputes", Map.of("booking_id", bookingId, "category", "driver_behaviour",
                "description", "Le conducteur a exigé un supplément en espèces au départ"), passenger.auth());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String dispute = opened.data().path("id").asString();

        // support finds it in the queue, with the booking it is about
        var queue = http.get("/api/v1/admin/disputes?status=open&booking_id=" + bookingId, Fleet.staff("support"));
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        JsonNode listed = queue.data().get(0);
        assertThat(listed.path("id").asString()).isEqualTo(dispute);
        assertThat(listed.path("opened_by").asString()).isEqualTo(passenger.id().toString());
        assertThat(listed.path("booking").path("trip_id").asString()).isEqualTo(tripId);
        assertThat(listed.path("booking").path("driver_id").asString()).isEqualTo(driver.id().toString());
        assertThat(listed.path("booking").path("status").asString()).isEqualTo("paid");
        assertThat(listed.path("booking").path("amount_paid").decimalValue()).isEqualByComparingTo("6500");

        String supportId = http.get("/api/v1/admin/me", Fleet.staff("support")).data().path("id").asString();
        var inReview = http.patch("/api/v1/admin/disputes/" + dispute, Map.of("status", "in_review"), Fleet.staff("support"));
        assertThat(inReview.status()).as(inReview.toString()).isEqualTo(200);
        assertThat(inReview.data().path("status").asString()).isEqualTo("in_review");

        // compliance holds no dispute row of the matrix; a member's token is no staff token, and the old member route is gone
        var compliance = http.patch("/api/v1/admin/disputes/" + dispute, Map.of("status", "rejected", "resolution", "x"), Fleet.staff("compliance"));
        assertThat(compliance.status()).as(compliance.toString()).isEqualTo(403);
        assertThat(compliance.body().path("error").path("details").path("reason").asString()).isEqualTo("role_not_allowed");
        assertThat(http.get("/api/v1/admin/disputes/" + dispute, Fleet.staff("compliance")).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/disputes", passenger.auth()).status()).isEqualTo(403);
        var memberPatch = http.patch("/api/v1/disputes/" + dispute, Map.of("status", "resolved", "resolution", "Moi-même"), passenger.auth());
        assertThat(memberPatch.status()).as(memberPatch.toString()).isEqualTo(405);
        assertThat(memberPatch.errorCode()).isEqualTo("method_not_allowed");

        String financeId = http.get("/api/v1/admin/me", Fleet.staff("finance")).data().path("id").asString();
        String resolution = "Supplément non dû : 1 000 FCFA vous sont remboursés, le conducteur est averti.";
        var noResolution = http.patch("/api/v1/admin/disputes/" + dispute, Map.of("status", "resolved"), Fleet.staff("finance"));
        assertThat(noResolution.status()).as(noResolution.toString()).isEqualTo(400);
        var resolved = http.patch("/api/v1/admin/disputes/" + dispute, Map.of("status", "resolved", "resolution", resolution),
                Fleet.staff("finance"));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.data().path("resolved_by").asString()).isEqualTo(financeId);
        var reopened = http.patch("/api/v1/admin/disputes/" + dispute, Map.of("status", "in_review"), Fleet.staff("support"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(409);
        assertThat(reopened.body().path("error").path("details").path("current").asString()).isEqualTo("resolved");

        // the passenger (and the driver) read the decision on their own route
        for (Member party : new Member[] {passenger, driver}) {
            var read = http.get("/api/v1/disputes/" + dispute, party.auth());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.data().path("status").asString()).isEqualTo("resolved");
            assertThat(read.data().path("resolution").asString()).isEqualTo(resolution);
        }

        // booking-service's audit entries, through its outbox and admin-service's consumer
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var trail = http.get("/api/v1/admin/audit-logs?entity_id=" + dispute, Fleet.staff("super"));
            assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
            assertThat(StreamSupport.stream(trail.data().spliterator(), false)
                    .map(e -> e.path("action").asString() + " " + e.path("actor_type").asString() + " " + e.path("actor_id").asString()
                            + " " + e.path("entity").asString() + " " + e.path("meta").path("status").asString()))
                    .containsExactly("dispute.review admin " + financeId + " dispute resolved",
                            "dispute.review admin " + supportId + " dispute in_review");
        });
    }
}
