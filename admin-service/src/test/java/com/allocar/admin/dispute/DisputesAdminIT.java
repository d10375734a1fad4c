package com.allocar.admin.dispute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.StaffRole;
import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakeBookings;
import com.allocar.admin.support.FakeDisputes;
import com.allocar.admin.support.Refusals;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Support, ops, finance and super work the dispute queue and review disputes through booking-service's staff API
 * ({@link FakeDisputes}; the real one in e2e {@code DisputeJourneyE2E}); compliance may not.
 */
class DisputesAdminIT extends AdminIT {

    private final FakeBookings bookingService = FakeBookings.get();
    private final FakeDisputes disputes = bookingService.disputes;

    @AfterEach
    void normal() {
        bookingService.failWith = null;
    }

    private static Map<String, Object> review(String status, String resolution) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (resolution != null) {
            body.put("resolution", resolution);
        }
        return body;
    }

    private TestHttp.Response patch(UUID dispute, Object body, String role) {
        return http().patch("/api/v1/admin/disputes/" + dispute, body, as(role));
    }

    private String staffId(String role) {
        return http().get("/api/v1/admin/me", as(role)).data().path("id").asString();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.spliterator(), false).map(d -> d.path("id").asString()).toList();
    }

    @Test
    void supportWorkTheQueueOldestFirstFilteredAndPagedEachWithItsBooking() {
        UUID booking = UUID.randomUUID();
        UUID first = disputes.dispute(booking, "open", "driver_behaviour");
        UUID second = disputes.dispute(booking, "in_review", "payment");
        UUID decided = disputes.dispute(booking, "resolved", "payment");

        var queue = http().get("/api/v1/admin/disputes?booking_id=" + booking, as("support"));
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        assertThat(ids(queue.data())).containsExactly(first.toString(), second.toString(), decided.toString());
        assertThat(queue.data().get(0).path("booking").path("amount_paid").decimalValue()).isEqualByComparingTo("12000");
        assertThat(queue.data().get(0).path("booking").path("status").asString()).isEqualTo("paid");
        assertThat(ids(http().get("/api/v1/admin/disputes?booking_id=" + booking + "&status=open", as("ops")).data()))
                .containsExactly(first.toString());
        assertThat(ids(http().get("/api/v1/admin/disputes?booking_id=" + booking + "&status=in:open,in_review", as("finance")).data()))
                .containsExactly(first.toString(), second.toString());
        assertThat(ids(http().get("/api/v1/admin/disputes?booking_id=" + booking + "&category=payment", as("super")).data()))
                .containsExactly(second.toString(), decided.toString());
        var paged = http().get("/api/v1/admin/disputes?booking_id=" + booking + "&page_size=1&page=2", as("support"));
        assertThat(ids(paged.data())).containsExactly(second.toString());
        assertThat(paged.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(3);

        var one = http().get("/api/v1/admin/disputes/" + first, as("support"));
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.data().path("description").asString()).isEqualTo("Le conducteur est parti sans moi");
        assertThat(one.data().path("category").asString()).isEqualTo("driver_behaviour");
        assertThat(one.data().path("booking").path("passenger_id").asString()).isEqualTo(one.data().path("opened_by").asString());
        assertThat(one.data().path("booking").path("trip_id").asString()).hasSize(36);
        var unknown = http().get("/api/v1/admin/disputes/" + UUID.randomUUID(), as("support"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        assertThat(http().get("/api/v1/admin/disputes/not-a-dispute", as("support")).status()).isEqualTo(400);

        // booking's refusals of a filter as they are; ours for what is no filter of this route
        Refusals.eachQueryIsAValidationError(http(), "/api/v1/admin/disputes", as("support"), "status=lost", "booking_id=nope",
                "category=weather", "colour=blue", "page=0", "page_size=101");
    }

    @Test
    void supportPutsADisputeInReviewAndFinanceResolvesItEachAsThemselves() {
        UUID dispute = disputes.dispute(UUID.randomUUID(), "open", "driver_behaviour");

        var inReview = patch(dispute, review("in_review", null), "support");
        assertThat(inReview.status()).as(inReview.toString()).isEqualTo(200);
        assertThat(inReview.data().path("status").asString()).isEqualTo("in_review");
        var resolved = patch(dispute, review("resolved", "Conducteur averti ; 2 000 FCFA remboursés"), "finance");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.data().path("status").asString()).isEqualTo("resolved");
        assertThat(resolved.data().path("resolution").asString()).isEqualTo("Conducteur averti ; 2 000 FCFA remboursés");
        String support = staffId("support");
        String finance = staffId("finance");
        assertThat(resolved.data().path("resolved_by").asString()).isEqualTo(finance);
        assertThat(disputes.reviews).filteredOn(r -> r.path("staff_id").asString().equals(support))
                .anySatisfy(r -> assertThat(r.path("status").asString()).isEqualTo("in_review"));
        assertThat(disputes.reviews).filteredOn(r -> r.path("staff_id").asString().equals(finance))
                .anySatisfy(r -> assertThat(r.path("resolution").asString()).isEqualTo("Conducteur averti ; 2 000 FCFA remboursés"));

        // decided is final: booking's 409 {current, allowed} as is
        var back = patch(dispute, review("in_review", null), "ops");
        assertThat(back.status()).as(back.toString()).isEqualTo(409);
        assertThat(back.errorCode()).isEqualTo("conflict");
        assertThat(back.body().path("error").path("details").path("current").asString()).isEqualTo("resolved");
        assertThat(back.body().path("error").path("details").path("allowed").toString()).isEqualTo("[]");

        UUID open = disputes.dispute(UUID.randomUUID(), "open", "safety");
        var rejected = patch(open, review("rejected", "Hors délai"), "super");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.data().path("status").asString()).isEqualTo("rejected");
    }

    @Test
    void badReviewsAreRefusedBeforeBookingIsAskedAndBookingsOwnRefusalsComeBackAsTheyAre() {
        UUID dispute = disputes.dispute(UUID.randomUUID(), "in_review", "refund");
        int before = disputes.reviews.size();
        for (Object body : new Object[] {review("open", null), review("closed", "x"), review(null, "x"), Map.of(),
                review("resolved", "x".repeat(2001))}) {
            var r = patch(dispute, body, "support");
            assertThat(r.status()).as(body + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(http().patch("/api/v1/admin/disputes/not-a-dispute", review("in_review", null), as("support")).status()).isEqualTo(400);
        var unknown = patch(UUID.randomUUID(), review("in_review", null), "support");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        // booking's rule: no decision without a resolution, its validation_error {fields: resolution} as is
        for (String blank : new String[] {null, "   "}) {
            var r = patch(dispute, review("resolved", blank), "support");
            assertThat(r.status()).as(blank + ": " + r).isEqualTo(400);
            assertThat(r.body().path("error").path("details").path("fields").toString()).contains("resolution");
        }
        assertThat(disputes.reviews).hasSize(before);
        assertThat(disputes.status(dispute)).isEqualTo("in_review");
        assertThat(disputes.resolution(dispute)).isNull();
    }

    @Test
    void superOpsSupportAndFinanceHandleDisputesComplianceMayNot() {
        UUID dispute = disputes.dispute(UUID.randomUUID(), "open", "other");
        for (StaffRole role : StaffRole.values()) {
            boolean allowed = RoleMatrix.DISPUTES.allowed().contains(role);
            var list = http().get("/api/v1/admin/disputes", as(role.wire()));
            assertThat(list.status()).as(role + " lists").isEqualTo(allowed ? 200 : 403);
            var one = http().get("/api/v1/admin/disputes/" + dispute, as(role.wire()));
            assertThat(one.status()).as(role + " reads one").isEqualTo(allowed ? 200 : 403);
            if (!allowed) {
                assertThat(list.errorCode()).isEqualTo("forbidden");
                assertThat(list.body().path("error").path("details").path("reason").asString()).isEqualTo("role_not_allowed");
                var review = patch(dispute, review("rejected", "Non fondé"), role.wire());
                assertThat(review.status()).as(role + " reviews").isEqualTo(403);
                assertThat(review.errorCode()).isEqualTo("forbidden");
            }
        }
        assertThat(RoleMatrix.DISPUTES.allowed()).containsExactlyInAnyOrder(StaffRole.SUPER, StaffRole.OPS, StaffRole.SUPPORT, StaffRole.FINANCE);
        assertThat(disputes.status(dispute)).isEqualTo("open");
    }

    @Test
    void bookingDownIsAServiceUnavailableNotA500() {
        UUID dispute = disputes.dispute(UUID.randomUUID(), "open", "payment");
        bookingService.failWith = 503;
        for (var r : List.of(http().get("/api/v1/admin/disputes", as("support")), http().get("/api/v1/admin/disputes/" + dispute, as("ops")),
                patch(dispute, review("in_review", null), "finance"))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(503);
            assertThat(r.errorCode()).isEqualTo("service_unavailable");
        }
        assertThat(disputes.status(dispute)).isEqualTo("open");
    }
}
