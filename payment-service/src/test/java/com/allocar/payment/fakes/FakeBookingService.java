package com.allocar.payment.fakes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.allocar.devstack.providers.FakeServer;

/** booking-service's internal API as ADR 006 describes it: {@code GET /internal/bookings/{id}} behind X-Internal-Token. */
public final class FakeBookingService extends FakeServer {

    private final String token;
    private final Map<UUID, Map<String, Object>> bookings = new ConcurrentHashMap<>();

    private FakeBookingService(String token) {
        this.token = token;
        route("GET", "/internal/bookings/([0-9a-f-]{36})", r -> {
            if (!token.equals(r.header("X-Internal-Token"))) {
                return Reply.json(401, Map.of("error", map("code", "auth_required", "message", "internal token required", "details", Map.of())));
            }
            var b = bookings.get(UUID.fromString(r.params().getFirst()));
            return b == null ? Reply.json(404, Map.of("error", map("code", "not_found", "message", "booking not found", "details", Map.of())))
                    : Reply.json(200, Map.of("data", b));
        });
        start();
    }

    public static FakeBookingService start(String token) {
        return new FakeBookingService(token);
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
