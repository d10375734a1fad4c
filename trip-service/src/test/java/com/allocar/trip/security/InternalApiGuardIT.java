package com.allocar.trip.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.InternalRoutes;
import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.allocar.platform.testing.InternalRoutes.route;

/** Every internal route of trip-service, refused to all but its callers (booking-service; admin-service for prices and moderation). */
class InternalApiGuardIT extends TripIT {

    @Autowired
    private ApplicationContext context;

    @Test
    void eachInternalRouteAnswersOnlyItsCallers() {
        UUID driver = driverWithKyc();
        String trip = publishedTrip(driver, 3).path("id").asString();
        String hold = hold(trip, UUID.randomUUID(), 1);
        String unknown = UUID.randomUUID().toString();
        var routes = List.of(
                route("GET", "/internal/trips/{id}", "/internal/trips/" + trip, null, 200, FleetService.BOOKING),
                route("POST", "/internal/trips/{id}/start", "/internal/trips/" + unknown + "/start", null, 404, FleetService.BOOKING),
                route("POST", "/internal/trips/{id}/complete", "/internal/trips/" + unknown + "/complete", null, 404, FleetService.BOOKING),
                route("POST", "/internal/trips/{tripId}/holds", "/internal/trips/" + trip + "/holds",
                        Map.of("booking_id", UUID.randomUUID().toString(), "passenger_id", UUID.randomUUID().toString(), "seats", 1),
                        201, FleetService.BOOKING),
                route("GET", "/internal/holds/{holdId}", "/internal/holds/" + hold, null, 200, FleetService.BOOKING),
                route("POST", "/internal/holds/{holdId}/confirm", "/internal/holds/" + hold + "/confirm", null, 200, FleetService.BOOKING),
                route("POST", "/internal/holds/{holdId}/release", "/internal/holds/" + unknown + "/release", null, 404,
                        FleetService.BOOKING),
                route("GET", "/internal/trips", "/internal/trips", null, 200, FleetService.ADMIN),
                route("POST", "/internal/trips/{id}/cancellation", "/internal/trips/" + unknown + "/cancellation",
                        Map.of("reason", "moderation", "staff_id", UUID.randomUUID().toString()), 404, FleetService.ADMIN),
                route("GET", "/internal/price-bands", "/internal/price-bands", null, 200, FleetService.ADMIN),
                route("PUT", "/internal/price-bands/{id}", "/internal/price-bands/" + unknown,
                        Map.of("floor", 1000, "ceiling", 2000, "radius_km", 30, "active", true), 404, FleetService.ADMIN));
        InternalRoutes.assertCoversEveryRoute(context, routes);
        InternalRoutes.assertGuarded(http(), FleetService.TRIP, routes);
    }

    @Test
    void aServiceTokenOpensNoPublicRoute() {
        InternalRoutes.assertUselessOnPublicRoutes(http(), FleetService.BOOKING, FleetService.TRIP, "GET", "/api/v1/vehicles");
    }
}
