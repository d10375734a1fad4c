package com.allocar.admin.booking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.StaffRole;
import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakeBookings;
import com.allocar.admin.support.Refusals;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Support and ops list and arbitrate bookings through booking-service's staff API ({@link FakeBookings}; the real one in e2e). */
class BookingArbitrationIT extends AdminIT {

    private final FakeBookings bookings = FakeBookings.get();
    private final Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
    private final Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS);

    @AfterEach
    void normal() {
        bookings.failWith = null;
    }

    private static Map<String, Object> decision(String status, Object refund) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (refund != null) {
            body.put("refund_amount", refund);
        }
        body.put("reason", "  Litige examiné ");
        return body;
    }

    private TestHttp.Response patch(UUID booking, Object body, String role) {
        return http().patch("/api/v1/admin/bookings/" + booking, body, as(role));
    }

    @Test
    void supportListATripsBookingsNewestFirstFilteredAndPaged() {
        UUID trip = UUID.randomUUID();
        UUID passenger = UUID.randomUUID();
        UUID first = bookings.booking(trip, passenger, "paid", tomorrow);
        UUID second = bookings.booking(trip, UUID.randomUUID(), "pending", tomorrow);

        var all = http().get("/api/v1/admin/bookings?trip_id=" + trip, as("support"));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(StreamSupport.stream(all.data().spliterator(), false).map(b -> b.path("id").asString()))
                .containsExactly(second.toString(), first.toString());
        assertThat(all.data().get(1).path("amount_paid").decimalValue()).isEqualByComparingTo("12000");
        assertThat(http().get("/api/v1/admin/bookings?trip_id=" + trip + "&status=paid", as("ops")).data()).hasSize(1);
        assertThat(http().get("/api/v1/admin/bookings?passenger_id=" + passenger, as("super")).data().get(0).path("id").asString())
                .isEqualTo(first.toString());
        var paged = http().get("/api/v1/admin/bookings?trip_id=" + trip + "&status=in:paid,pending&page_size=1", as("support"));
        assertThat(paged.data()).hasSize(1);
        assertThat(paged.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(2);

        Refusals.eachQueryIsAValidationError(http(), "/api/v1/admin/bookings", as("support"), "status=lost", "trip_id=nope",
                "passenger_id=me", "colour=blue", "page=0");
    }

    @Test
    void supportCancelAPaidBookingWithTheRefundTheyNameAsThemselves() {
        UUID booking = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "paid", tomorrow);
        var r = patch(booking, decision("cancelled", 5000), "support");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("status").asString()).isEqualTo("cancelled");
        assertThat(r.data().path("refund_amount").decimalValue()).isEqualByComparingTo("5000");
        assertThat(r.data().path("fee_amount").decimalValue()).isEqualByComparingTo("7000");
        assertThat(r.data().path("cancelled_by").asString()).isEqualTo("admin");
        String support = http().get("/api/v1/admin/me", as("support")).data().path("id").asString();
        assertThat(bookings.arbitrations).anySatisfy(a -> {
            assertThat(a.path("outcome").asString()).isEqualTo("cancelled");
            assertThat(a.path("refund_amount").decimalValue()).isEqualByComparingTo("5000");
            assertThat(a.path("reason").asString()).isEqualTo("Litige examiné");
            assertThat(a.path("staff_id").asString()).isEqualTo(support);
        });

        // cancelled already: booking's 409 {current} as is
        var twice = patch(booking, decision("cancelled", 0), "ops");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.body().path("error").path("details").path("current").asString()).isEqualTo("cancelled");

        UUID unpaid = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "accepted", tomorrow);
        var noMoney = patch(unpaid, decision("cancelled", null), "super");
        assertThat(noMoney.status()).as(noMoney.toString()).isEqualTo(200);
        assertThat(noMoney.data().path("refund_amount").isNull()).isTrue();
    }

    @Test
    void afterDepartureANoShowAndACompletionAndBeforeItBookingsConflict() {
        UUID absent = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "paid", anHourAgo);
        var noShow = patch(absent, decision("no_show", null), "ops");
        assertThat(noShow.status()).as(noShow.toString()).isEqualTo(200);
        assertThat(noShow.data().path("no_show").asBoolean()).isTrue();
        assertThat(noShow.data().path("fee_amount").decimalValue()).isEqualByComparingTo("6000");

        UUID carried = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "paid", anHourAgo);
        var done = patch(carried, decision("completed", null), "support");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.data().path("status").asString()).isEqualTo("completed");

        UUID notYet = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "paid", tomorrow);
        var early = patch(notYet, decision("no_show", null), "support");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().path("error").path("details").path("current").asString()).isEqualTo("paid");
        assertThat(early.body().path("error").path("details").has("departure_time")).isTrue();
        UUID pending = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "pending", anHourAgo);
        var unpaid = patch(pending, decision("completed", null), "support");
        assertThat(unpaid.status()).isEqualTo(409);
        assertThat(unpaid.body().path("error").path("details").path("current").asString()).isEqualTo("pending");
        assertThat(bookings.status(notYet)).isEqualTo("paid");
        assertThat(bookings.status(pending)).isEqualTo("pending");
    }

    @Test
    void badRequestsAreRefusedBeforeBookingIsAskedAndBookingsOwnRefusalsComeBackAsTheyAre() {
        UUID paid = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "paid", tomorrow);
        int before = bookings.arbitrations.size();
        Map<String, Object> blankReason = decision("cancelled", 100);
        blankReason.put("reason", " ");
        Map<String, Object> longReason = decision("cancelled", 100);
        longReason.put("reason", "x".repeat(501));
        for (Object body : new Object[] {decision("refunded", null), decision(null, 100), decision("cancelled", -1), blankReason, longReason,
                Map.of("status", "cancelled")}) {
            var r = patch(paid, body, "support");
            assertThat(r.status()).as(body + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(patch(UUID.randomUUID(), decision("cancelled", 0), "support").status()).isEqualTo(404);
        assertThat(http().patch("/api/v1/admin/bookings/not-a-booking", decision("cancelled", 0), as("support")).status()).isEqualTo(400);
        // booking's rules, its validation_error {fields: refund_amount} as is
        for (Object refund : new Object[] {null, 12000.01}) {
            var r = patch(paid, decision("cancelled", refund), "support");
            assertThat(r.status()).as(refund + ": " + r).isEqualTo(400);
            assertThat(r.body().path("error").path("details").path("fields").toString()).contains("refund_amount");
        }
        assertThat(patch(paid, decision("completed", 10), "support").status()).isEqualTo(400);
        UUID unpaid = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "pending", tomorrow);
        assertThat(patch(unpaid, decision("cancelled", 0), "support").status()).isEqualTo(400);
        assertThat(bookings.arbitrations).hasSize(before);
        assertThat(bookings.status(paid)).isEqualTo("paid");
    }

    @Test
    void onlySuperOpsAndSupportArbitrateBookings() {
        UUID booking = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "paid", tomorrow);
        for (StaffRole role : StaffRole.values()) {
            boolean allowed = RoleMatrix.BOOKINGS_ARBITRATION.allowed().contains(role);
            var list = http().get("/api/v1/admin/bookings", as(role.wire()));
            assertThat(list.status()).as(role + " lists").isEqualTo(allowed ? 200 : 403);
            if (!allowed) {
                assertThat(list.errorCode()).isEqualTo("forbidden");
                assertThat(patch(booking, decision("cancelled", 0), role.wire()).status()).as(role + " arbitrates").isEqualTo(403);
            }
        }
        assertThat(RoleMatrix.BOOKINGS_ARBITRATION.allowed()).containsExactlyInAnyOrder(StaffRole.SUPER, StaffRole.OPS, StaffRole.SUPPORT);
        assertThat(bookings.status(booking)).isEqualTo("paid");
    }

    @Test
    void bookingDownIsAServiceUnavailableNotA500() {
        UUID booking = bookings.booking(UUID.randomUUID(), UUID.randomUUID(), "paid", tomorrow);
        bookings.failWith = 503;
        var list = http().get("/api/v1/admin/bookings", as("support"));
        assertThat(list.status()).as(list.toString()).isEqualTo(503);
        assertThat(list.errorCode()).isEqualTo("service_unavailable");
        var r = patch(booking, decision("no_show", null), "support");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.errorCode()).isEqualTo("service_unavailable");
    }
}
