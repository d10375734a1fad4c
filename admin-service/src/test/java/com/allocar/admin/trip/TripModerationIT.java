package com.allocar.admin.trip;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.StaffRole;
import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakeTrips;
import com.allocar.admin.support.Refusals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ops list and cancel trips through trip-service's staff API ({@link FakeTrips}; the real one in e2e). */
class TripModerationIT extends AdminIT {

    private final FakeTrips trips = FakeTrips.get();

    @AfterEach
    void normal() {
        trips.failWith = null;
    }

    private String staffId(String role) {
        return http().get("/api/v1/admin/me", as(role)).data().path("id").asString();
    }

    @Test
    void opsListADriversTripsNewestDepartureFirstFilteredAndPaged() {
        UUID driver = UUID.randomUUID();
        Instant soon = Instant.now().plus(2, ChronoUnit.DAYS);
        UUID early = trips.trip(driver, "published", soon);
        UUID late = trips.trip(driver, "published", soon.plus(1, ChronoUnit.DAYS));
        UUID draft = trips.trip(driver, "draft", soon.plus(2, ChronoUnit.DAYS));

        var all = http().get("/api/v1/admin/trips?driver_id=" + driver, as("ops"));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(StreamSupport.stream(all.data().spliterator(), false).map(t -> t.path("id").asString()))
                .containsExactly(draft.toString(), late.toString(), early.toString());
        assertThat(all.data().get(1).path("seats_confirmed").asInt()).isEqualTo(1);
        var published = http().get("/api/v1/admin/trips?driver_id=" + driver + "&status=published&page_size=1&page=2", as("super"));
        assertThat(published.data()).hasSize(1);
        assertThat(published.data().get(0).path("id").asString()).isEqualTo(early.toString());
        assertThat(published.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(2);
        assertThat(published.body().path("meta").path("pagination").path("page").asInt()).isEqualTo(2);
        assertThat(http().get("/api/v1/admin/trips?driver_id=" + driver + "&status=in:draft,cancelled", as("ops")).data()).hasSize(1);

        // trip checks the filters (its validation_error as is); admin-service refuses what it does not pass on
        Refusals.eachQueryIsAValidationError(http(), "/api/v1/admin/trips", as("ops"), "status=gone", "driver_id=me", "colour=blue",
                "page_size=101");
    }

    @Test
    void opsCancelATripNamingThemselvesAndTheReason() {
        UUID trip = trips.trip(UUID.randomUUID(), "published", Instant.now().plus(1, ChronoUnit.DAYS));
        var r = http().patch("/api/v1/admin/trips/" + trip, Map.of("status", "cancelled", "reason", "  Annonce frauduleuse "), as("ops"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("status").asString()).isEqualTo("cancelled");
        assertThat(r.data().path("cancel_reason").asString()).isEqualTo("Annonce frauduleuse");
        assertThat(r.data().path("seats_confirmed").asInt()).isZero();
        String ops = staffId("ops");
        assertThat(trips.cancellations).anySatisfy(c -> {
            assertThat(c.path("staff_id").asString()).isEqualTo(ops);
            assertThat(c.path("reason").asString()).isEqualTo("Annonce frauduleuse");
        });

        // cancelled already: trip's 409 {current} comes back as the same error
        var twice = http().patch("/api/v1/admin/trips/" + trip, Map.of("status", "cancelled", "reason", "encore"), as("super"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.errorCode()).isEqualTo("conflict");
        assertThat(twice.body().path("error").path("details").path("current").asString()).isEqualTo("cancelled");
        UUID ongoing = trips.trip(UUID.randomUUID(), "ongoing", Instant.now().minus(1, ChronoUnit.HOURS));
        var underWay = http().patch("/api/v1/admin/trips/" + ongoing, Map.of("status", "cancelled", "reason", "x"), as("ops"));
        assertThat(underWay.status()).isEqualTo(409);
        assertThat(underWay.body().path("error").path("details").path("allowed").toString()).isEqualTo("[\"completed\"]");
        assertThat(trips.status(ongoing)).isEqualTo("ongoing");
    }

    @Test
    void badRequestsAreRefusedBeforeTripIsAskedAndAnUnknownTripIsTrips404() {
        UUID trip = trips.trip(UUID.randomUUID(), "published", Instant.now().plus(1, ChronoUnit.DAYS));
        int before = trips.cancellations.size();
        for (Object body : new Object[] {Map.of("status", "published", "reason", "x"), Map.of("status", "ongoing", "reason", "x"),
                Map.of("reason", "x"), Map.of("status", "cancelled"), Map.of("status", "cancelled", "reason", " "),
                Map.of("status", "cancelled", "reason", "x".repeat(501)), Map.of("status", "cancelled", "reason", "x", "colour", "blue")}) {
            var r = http().patch("/api/v1/admin/trips/" + trip, body, as("ops"));
            assertThat(r.status()).as(body + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(http().patch("/api/v1/admin/trips/not-a-trip", Map.of("status", "cancelled", "reason", "x"), as("ops")).status()).isEqualTo(400);
        assertThat(trips.cancellations).hasSize(before);
        assertThat(trips.status(trip)).isEqualTo("published");

        var unknown = http().patch("/api/v1/admin/trips/" + UUID.randomUUID(), Map.of("status", "cancelled", "reason", "x"), as("ops"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
    }

    @Test
    void onlySuperAndOpsModerateTrips() {
        UUID trip = trips.trip(UUID.randomUUID(), "published", Instant.now().plus(1, ChronoUnit.DAYS));
        for (StaffRole role : StaffRole.values()) {
            boolean allowed = RoleMatrix.TRIPS_MODERATION.allowed().contains(role);
            var list = http().get("/api/v1/admin/trips", as(role.wire()));
            assertThat(list.status()).as(role + " lists").isEqualTo(allowed ? 200 : 403);
            if (!allowed) {
                assertThat(list.errorCode()).isEqualTo("forbidden");
                var cancel = http().patch("/api/v1/admin/trips/" + trip, Map.of("status", "cancelled", "reason", "x"), as(role.wire()));
                assertThat(cancel.status()).as(role + " cancels").isEqualTo(403);
            }
        }
        assertThat(RoleMatrix.TRIPS_MODERATION.allowed()).containsExactlyInAnyOrder(StaffRole.SUPER, StaffRole.OPS);
        assertThat(trips.status(trip)).isEqualTo("published");
    }

    @Test
    void tripDownIsAServiceUnavailableNotA500() {
        UUID trip = trips.trip(UUID.randomUUID(), "published", Instant.now().plus(1, ChronoUnit.DAYS));
        trips.failWith = 503;
        var list = http().get("/api/v1/admin/trips", as("ops"));
        assertThat(list.status()).as(list.toString()).isEqualTo(503);
        assertThat(list.errorCode()).isEqualTo("service_unavailable");
        var cancel = http().patch("/api/v1/admin/trips/" + trip, Map.of("status", "cancelled", "reason", "x"), as("ops"));
        assertThat(cancel.status()).isEqualTo(503);
        assertThat(cancel.errorCode()).isEqualTo("service_unavailable");
    }
}
