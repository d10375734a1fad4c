package com.allocar.payment.fakes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.allocar.devstack.providers.FakeServer;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestServiceKeys;

/** booking-service's internal API as ADR 006 describes it: {@code GET /internal/bookings/{id}} behind payment-service's service token. */
public final class FakeBookingService extends FakeServer {

    private final Map<UUID, Map<String, Object>> bookings = new ConcurrentHashMap<>();

    private FakeBookingService() {
        route("GET", "/internal/bookings/([0-9a-f-]{36})", r -> {
            // booking-service's guard: payment-service's token for booking-service, else 401/403 like the real one
            Integer refused = TestServiceKeys.refusal(r.header(ServiceTokens.HEADER), FleetService.BOOKING, FleetService.PAYMENT);
            if (refused != null) {
                return Reply.json(refused, Map.of("error", map("code", refused == 401 ? "auth_required" : "forbidden",
                        "message", "service token refused", "details", Map.of())));
            }
            var b = bookings.get(UUID.fromString(r.params().getFirst()));
            return b == null ? Reply.json(404, Map.of("error", map("code", "not_found", "message", "booking not found", "details", Map.of())))
                    : Reply.json(200, Map.of("data", b));
        });
        start();
    }

    public static FakeBookingService create() {
        return new FakeBookingService();
    }

    public UUID booking(UUID passenger, UUID driver, String status, int seats, int pricePerSeat) {
        UUID id = UUID.randomUUID();
        bookings.put(id, map("id", id.toString(), "trip_id", UUID.randomUUID().toString(), "passenger_id", passenger.toString(),
                "driver_id", driver.toString(), "seats", seats, "price_per_seat", pricePerSeat,
                "amount_total", BigDecimal.valueOf((long) seats * pricePerSeat), "currency", "XOF", "status", status,
                "departure_time", Instant.now().plus(2, ChronoUnit.DAYS).toString(), "hold_id", UUID.randomUUID().toString()));
        return id;
    }

    public void status(UUID booking, String status) {
        bookings.get(booking).put("status", status);
    }
}
