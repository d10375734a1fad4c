package com.allocar.payment.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.InternalRoutes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.allocar.platform.testing.InternalRoutes.route;

/** Every internal route of payment-service, refused to all but its callers (wallet-service for topups, admin-service). */
class InternalApiGuardIT extends PaymentIT {

    @Autowired
    private ApplicationContext context;

    @Test
    void eachInternalRouteAnswersOnlyItsCallers() {
        var topup = Map.of("topup_id", UUID.randomUUID().toString(), "user_id", UUID.randomUUID().toString(), "amount", 5000,
                "currency", "XOF", "method", "wave");
        var promo = Map.of("code", "GUARD" + Long.toString(System.nanoTime(), 36).toUpperCase(), "type", "amount", "value", 500,
                "staff_id", UUID.randomUUID().toString());
        var routes = List.of(
                route("POST", "/internal/topups", "/internal/topups", topup, 200, FleetService.WALLET),
                route("GET", "/internal/payments", "/internal/payments?page_size=1", null, 200, FleetService.ADMIN),
                route("POST", "/internal/promos", "/internal/promos", promo, 201, FleetService.ADMIN),
                route("GET", "/internal/promos", "/internal/promos?page_size=1", null, 200, FleetService.ADMIN),
                route("POST", "/internal/promos/{id}/changes", "/internal/promos/" + UUID.randomUUID() + "/changes",
                        Map.of("status", "inactive", "staff_id", UUID.randomUUID().toString()), 404, FleetService.ADMIN),
                route("POST", "/internal/payouts/run", "/internal/payouts/run", null, 200, FleetService.ADMIN));
        InternalRoutes.assertCoversEveryRoute(context, routes);
        InternalRoutes.assertGuarded(http(), FleetService.PAYMENT, routes);
    }

    @Test
    void aServiceTokenOpensNoPublicRoute() {
        InternalRoutes.assertUselessOnPublicRoutes(http(), FleetService.WALLET, FleetService.PAYMENT, "GET",
                "/api/v1/payments/" + UUID.randomUUID());
    }
}
