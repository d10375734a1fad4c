package com.allocar.booking.reservation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.support.BookingIT;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.InternalRoutes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal of the booking endpoints, with the spec's codes. */
class BookingRulesIT extends BookingIT {

    @Test
    void tooManySeatsIsABookingConflictWithAvailableAndRequested() {
        UUID driver = driver();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        booked(UUID.randomUUID(), tripId, 2);
        var r = book(UUID.randomUUID(), tripId, 2);
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.errorCode()).isEqualTo("booking_conflict");
        assertThat(r.body().path("error").path("details").path("available").asInt()).isEqualTo(1);
        assertThat(r.body().path("error").path("details").path("requested").asInt()).isEqualTo(2);
        assertThat(seatsAvailable(tripId)).isEqualTo(1);
    }

    @Test
    void aDriverCannotBookTheirOwnTripAndUnknownOrUnpublishedTripsAreRefused() {
        UUID driver = driver();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        var own = book(driver, tripId, 1);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.errorCode()).isEqualTo("forbidden");

        var unknown = book(UUID.randomUUID(), UUID.randomUUID().toString(), 1);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");

        assertThat(trip().post("/api/v1/trips/" + tripId + "/cancel", Map.of("reason", "panne"), auth(driver)).status()).isEqualTo(200);
        var cancelled = book(UUID.randomUUID(), tripId, 1);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(409);
        assertThat(cancelled.errorCode()).isEqualTo("conflict");
        assertThat(cancelled.body().path("error").path("details").path("current").asString()).isEqualTo("cancelled");
    }

    @Test
    void invalidBodiesAndAMissingIdempotencyKeyAreValidationErrors() {
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver(), 3).path("id").asString();
        var noKey = http().post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 1), auth(passenger));
        assertThat(noKey.status()).as(noKey.toString()).isEqualTo(400);
        assertThat(noKey.errorCode()).isEqualTo("validation_error");
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("trip_id", tripId, "seats", 0), Map.of("trip_id", tripId, "seats", 9),
                Map.of("seats", 1), Map.of("trip_id", "not-a-uuid", "seats", 1), Map.of("trip_id", tripId, "seats", 1, "price", 1))) {
            var r = http().post("/api/v1/bookings", body, idem(passenger));
            assertThat(r.status()).as(body + " → " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        var malformed = http().post("/api/v1/bookings", "{\"trip_id\":", idem(passenger));
        assertThat(malformed.status()).isEqualTo(400);
        var anonymous = http().post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 1), "Idempotency-Key", "k1");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("auth_required");
    }

    @Test
    void theSameIdempotencyKeyReplaysTheBookingInsteadOfHoldingSeatsTwice() {
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver(), 3).path("id").asString();
        String[] headers = auth(passenger, "Idempotency-Key", UUID.randomUUID().toString());
        var first = http().post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 2), headers);
        var second = http().post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 2), headers);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.data().path("id").asString()).isEqualTo(first.data().path("id").asString());
        assertThat(seatsAvailable(tripId)).isEqualTo(1);
        var otherBody = http().post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 1), headers);
        assertThat(otherBody.status()).isEqualTo(409);
    }

    @Test
    void onlyThePassengerAndTheDriverSeeABookingAndOnlyTheDriverDecides() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        String id = booked(passenger, tripId, 1).path("id").asString();

        assertThat(http().get("/api/v1/bookings/" + id, auth(passenger)).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/bookings/" + id, auth(driver)).status()).isEqualTo(200);
        var other = http().get("/api/v1/bookings/" + id, auth(stranger));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.errorCode()).isEqualTo("forbidden");
        assertThat(http().get("/api/v1/bookings/" + UUID.randomUUID(), auth(stranger)).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/bookings/not-a-uuid", auth(stranger)).status()).isEqualTo(400);

        for (String action : List.of("accept", "reject", "start-ride", "end-ride")) {
            var byPassenger = http().post("/api/v1/bookings/" + id + "/" + action, null, auth(passenger));
            assertThat(byPassenger.status()).as(action + " " + byPassenger).isEqualTo(403);
        }
        assertThat(http().post("/api/v1/bookings/" + id + "/cancel", null, auth(stranger)).status()).isEqualTo(403);
        assertThat(status(UUID.fromString(id))).isEqualTo("pending");
    }

    @Test
    void illegalTransitionsAreConflictsNamingTheCurrentAndAllowedStates() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3).path("id").asString();
        String id = accepted(driver, passenger, tripId, 1).path("id").asString();

        var twice = http().post("/api/v1/bookings/" + id + "/accept", null, auth(driver));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorCode()).isEqualTo("conflict");
        JsonNode details = twice.body().path("error").path("details");
        assertThat(details.path("current").asString()).isEqualTo("accepted");
        assertThat(details.path("allowed").valueStream().map(JsonNode::asString).toList()).containsExactlyInAnyOrder("paid", "cancelled");

        var reject = http().post("/api/v1/bookings/" + id + "/reject", null, auth(driver));
        assertThat(reject.status()).isEqualTo(409);
        var checkin = http().post("/api/v1/bookings/" + id + "/checkin", Map.of("code", "ABCDEFGH"), auth(driver));
        assertThat(checkin.status()).isEqualTo(409);
        assertThat(checkin.body().path("error").path("details").path("current").asString()).isEqualTo("accepted");
        assertThat(http().post("/api/v1/bookings/" + id + "/start-ride", null, auth(driver)).status()).isEqualTo(409);

        assertThat(http().post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "plans changed"), auth(passenger)).status())
                .isEqualTo(200);
        var cancelAgain = http().post("/api/v1/bookings/" + id + "/cancel", null, auth(passenger));
        assertThat(cancelAgain.status()).isEqualTo(409);
        assertThat(cancelAgain.body().path("error").path("details").path("current").asString()).isEqualTo("cancelled");
        assertThat(cancelAgain.body().path("error").path("details").path("allowed")).isEmpty();
        var acceptCancelled = http().post("/api/v1/bookings/" + id + "/accept", null, auth(driver));
        assertThat(acceptCancelled.status()).isEqualTo(409);
    }

    @Test
    void theSixthUnpaidBookingOfTheDayIsRefused() {
        UUID passenger = UUID.randomUUID();
        UUID driver = driver();
        String tripId = publishedTrip(driver, 8).path("id").asString();
        String rejected = booked(passenger, tripId, 1).path("id").asString();
        assertThat(http().post("/api/v1/bookings/" + rejected + "/reject", Map.of("reason", "complet"), auth(driver)).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) { // a rejection does not count; a cancellation by the passenger does
            String id = booked(passenger, tripId, 1).path("id").asString();
            if (i == 0) {
                assertThat(http().post("/api/v1/bookings/" + id + "/cancel", null, auth(passenger)).status()).isEqualTo(200);
            }
        }
        var sixth = book(passenger, tripId, 1);
        assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
        assertThat(sixth.errorCode()).isEqualTo("rate_limited");
        assertThat(sixth.body().path("error").path("details").path("reason").asString()).isEqualTo("too_many_unpaid_bookings");
        assertThat(sixth.body().path("error").path("details").path("limit").asInt()).isEqualTo(5);
        int retryAfter = Integer.parseInt(sixth.header("Retry-After"));
        assertThat(retryAfter).isBetween(23 * 3600, 24 * 3600);
        // no seat was held for the refused booking
        assertThat(seatsAvailable(tripId)).isEqualTo(8 - 4);
        // someone else is not affected
        assertThat(book(UUID.randomUUID(), tripId, 1).status()).isEqualTo(201);
    }

    @Test
    void listsAreMineByRoleWithTheSpecsFiltersAndSort() {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripA = publishedTrip(driver, 4).path("id").asString();
        String tripB = publishedTrip(driver, 4, inDays(5), true).path("id").asString();
        String pending = booked(passenger, tripA, 1).path("id").asString();
        String auto = booked(passenger, tripB, 2).path("id").asString();
        booked(UUID.randomUUID(), tripA, 1);

        var mine = http().get("/api/v1/bookings", auth(passenger));
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.data().valueStream().map(b -> b.path("id").asString()).toList()).containsExactly(auto, pending);
        assertThat(mine.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(2);

        var accepted = http().get("/api/v1/bookings?role=passenger&status=accepted", auth(passenger));
        assertThat(accepted.data().valueStream().map(b -> b.path("id").asString()).toList()).containsExactly(auto);
        var both = http().get("/api/v1/bookings?status=in:pending,accepted&sort=departure_time&page_size=1", auth(passenger));
        assertThat(both.data().get(0).path("id").asString()).isEqualTo(pending);
        assertThat(both.body().path("meta").path("pagination").path("page_count").asInt()).isEqualTo(2);

        var asDriver = http().get("/api/v1/bookings?role=driver&trip_id=" + tripA, auth(driver));
        assertThat(asDriver.data()).hasSize(2);
        assertThat(http().get("/api/v1/bookings?role=driver", auth(passenger)).data()).isEmpty();

        for (String bad : List.of("role=admin", "status=flying", "sort=passenger_id", "page_size=500", "colour=red")) {
            var r = http().get("/api/v1/bookings?" + bad, auth(passenger));
            assertThat(r.status()).as(bad + " → " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
    }

    @Autowired
    private ApplicationContext context;

    @Test
    void theInternalApiIsForItsCallersOnly() {
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver(), 3).path("id").asString();
        String id = booked(passenger, tripId, 2).path("id").asString();
        var r = http().get("/internal/bookings/" + id, asPaymentService());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().path("status").asString()).isEqualTo("pending");
        assertThat(r.data().path("amount_total").decimalValue()).isEqualByComparingTo("12000");
        assertThat(r.data().path("price_per_seat").decimalValue()).isEqualByComparingTo("6000");
        assertThat(r.data().path("hold_id").asString()).isNotBlank();
        assertThat(r.data().path("departure_time").asString()).isNotBlank();
        var routes = List.of(InternalRoutes.route("GET", "/internal/bookings/{id}", "/internal/bookings/" + id, null, 200,
                        FleetService.PAYMENT, FleetService.MESSAGING),
                InternalRoutes.route("GET", "/internal/bookings", "/internal/bookings?trip_id=" + tripId, null, 200, FleetService.ADMIN),
                InternalRoutes.route("POST", "/internal/bookings/{id}/arbitration", "/internal/bookings/" + UUID.randomUUID() + "/arbitration",
                        Map.of("outcome", "cancelled", "reason", "x", "staff_id", UUID.randomUUID().toString()), 404, FleetService.ADMIN),
                InternalRoutes.route("GET", "/internal/disputes", "/internal/disputes?booking_id=" + id, null, 200, FleetService.ADMIN),
                InternalRoutes.route("GET", "/internal/disputes/{id}", "/internal/disputes/" + UUID.randomUUID(), null, 404, FleetService.ADMIN),
                InternalRoutes.route("POST", "/internal/disputes/{id}/review", "/internal/disputes/" + UUID.randomUUID() + "/review",
                        Map.of("status", "in_review", "staff_id", UUID.randomUUID().toString()), 404, FleetService.ADMIN));
        InternalRoutes.assertCoversEveryRoute(context, routes);
        InternalRoutes.assertGuarded(http(), FleetService.BOOKING, routes);
        assertThat(http().get("/internal/bookings/" + UUID.randomUUID(), asPaymentService()).status()).isEqualTo(404);
        assertThat(http().get("/internal/bookings/" + id, auth(passenger)).status()).isEqualTo(403);
        InternalRoutes.assertUselessOnPublicRoutes(http(), FleetService.PAYMENT, FleetService.BOOKING, "GET", "/api/v1/bookings/" + id);
    }
}
