package com.allocar.admin.support;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.allocar.platform.security.service.FleetService;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP server standing in for trip-service's staff API, behaving like the real one: {@code GET /internal/trips}
 * newest departure first, filtered by status and driver_id ({@link FakeStaffApi}: an unknown status, a driver id that is
 * not a UUID or an undeclared parameter → 400 {@code validation_error} {fields}); {@code POST
 * /internal/trips/{id}/cancellation {reason, staff_id}} → 400 {fields} without a reason (blank, over 500) or a staff id,
 * 404 {@code not_found} for an unknown trip, 409 {@code conflict} {current, allowed} for a trip under way or over, else
 * the trip cancelled with its seats released. The service token is checked as trip checks it ({@link FakePeer}). Keeps
 * the cancellations it was asked for.
 */
public final class FakeTrips extends FakeStaffApi {

    /** trip-service's lifecycle (TripStatus). */
    private static final Map<String, List<String>> NEXT = Map.of("draft", List.of("cancelled", "published"),
            "published", List.of("cancelled", "ongoing"), "ongoing", List.of("completed"), "completed", List.of(), "cancelled", List.of());
    private static final Set<String> PARAMETERS = Set.of("status", "driver_id", "departure_time", "departure_time_gte",
            "departure_time_lte", "created_at", "created_at_gte", "created_at_lte", "page", "page_size", "sort");
    private static FakeTrips instance;

    public final List<JsonNode> cancellations = new CopyOnWriteArrayList<>();
    /** trip-service's price bands, on this server. */
    public final FakePriceBands priceBands;

    private FakeTrips() {
        super(FleetService.TRIP, null, "/internal/trips", "cancellation", NEXT, PARAMETERS,
                Comparator.comparing((Map<String, Object> t) -> Instant.parse((String) t.get("departure_time"))).reversed());
        priceBands = new FakePriceBands(this);
    }

    public static synchronized FakeTrips get() {
        if (instance == null) {
            instance = new FakeTrips();
        }
        return instance;
    }

    /** A trip trip-service holds, in {@code status}, leaving at {@code departure}, with one paid seat of three. */
    public UUID trip(UUID driver, String status, Instant departure) {
        UUID id = UUID.randomUUID();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id.toString());
        t.put("driver_id", driver.toString());
        t.put("vehicle_id", null);
        t.put("status", status);
        t.put("origin_text", "Abidjan, Plateau");
        t.put("destination_text", "Yamoussoukro");
        t.put("departure_time", departure.toString());
        t.put("arrival_eta", null);
        t.put("price_per_seat", 6000);
        t.put("currency", "XOF");
        t.put("seats_total", 3);
        t.put("seats_available", 2);
        t.put("seats_held", 0);
        t.put("seats_confirmed", 1);
        t.put("allow_auto_accept", false);
        t.put("cancel_reason", null);
        t.put("published_at", status.equals("draft") ? null : Instant.now().toString());
        t.put("cancelled_at", null);
        t.put("created_at", Instant.now().toString());
        t.put("updated_at", Instant.now().toString());
        records.put(id, t);
        return id;
    }

    @Override
    protected void decide(HttpExchange ex, JsonNode body, String rawId) throws IOException {
        Map<String, Object> t = existing(ex, rawId, "trip");
        if (t == null) {
            return;
        }
        String current = (String) t.get("status");
        if (!next.get(current).contains("cancelled")) {
            conflict(ex, "Trip is " + current + " and cannot become cancelled", Map.of("current", current, "allowed", next.get(current)));
            return;
        }
        cancellations.add(body);
        t.put("status", "cancelled");
        t.put("cancel_reason", body.path("reason").asString().strip());
        t.put("cancelled_at", Instant.now().toString());
        t.put("seats_available", t.get("seats_total"));
        t.put("seats_held", 0);
        t.put("seats_confirmed", 0);
        answer(ex, 200, data(t));
    }
}
