package com.allocar.admin.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestHttp;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * trip-service's price bands on {@link FakeTrips}' server (one service, one URL, down with it), behaving like the real
 * ones: {@code GET /internal/price-bands} every band; {@code PUT /internal/price-bands/{id} {floor, ceiling, radius_km?,
 * active?}} → 404 {@code not_found} for an unknown band, 400 {@code validation_error} {fields: floor} when the floor
 * exceeds the ceiling or a bound is missing, else the band changed.
 */
public final class FakePriceBands extends FakePeer {

    private final Map<UUID, Map<String, Object>> bands = new ConcurrentHashMap<>();

    FakePriceBands(FakePeer tripService) {
        super(FleetService.TRIP, tripService);
        server.createContext("/internal/price-bands", this::handle);
    }

    /** The Abidjan – Yamoussoukro axis, 3 000 to 6 000 XOF within 25 km. */
    public UUID band() {
        UUID id = UUID.randomUUID();
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", id.toString());
        b.put("name", "Abidjan - Yamoussoukro");
        b.put("a_label", "Abidjan");
        b.put("a_lat", 5.3364);
        b.put("a_lon", -4.0267);
        b.put("b_label", "Yamoussoukro");
        b.put("b_lat", 6.8276);
        b.put("b_lon", -5.2893);
        b.put("radius_km", new BigDecimal("25"));
        b.put("floor", new BigDecimal("3000"));
        b.put("ceiling", new BigDecimal("6000"));
        b.put("currency", "XOF");
        b.put("active", true);
        b.put("updated_at", Instant.now().toString());
        bands.put(id, b);
        return id;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (refused(ex)) {
                return;
            }
            String[] parts = ex.getRequestURI().getPath().split("/");
            if ("GET".equals(ex.getRequestMethod()) && parts.length == 3) {
                answer(ex, 200, data(List.copyOf(bands.values())));
                return;
            }
            Map<String, Object> b = parts.length == 4 ? bands.get(UUID.fromString(parts[3])) : null;
            if (b == null) {
                answer(ex, 404, error("not_found", "price_band not found", Map.of("resource", "price_band")));
                return;
            }
            JsonNode body = TestHttp.json().readTree(ex.getRequestBody().readAllBytes());
            if (!body.path("floor").isNumber() || !body.path("ceiling").isNumber()
                    || body.path("floor").decimalValue().compareTo(body.path("ceiling").decimalValue()) > 0) {
                answer(ex, 400, error("validation_error", "Invalid request", Map.of("fields", List.of(Map.of("field", "floor")))));
                return;
            }
            b.put("floor", body.path("floor").decimalValue());
            b.put("ceiling", body.path("ceiling").decimalValue());
            if (body.path("radius_km").isNumber()) {
                b.put("radius_km", body.path("radius_km").decimalValue());
            }
            if (body.path("active").isBoolean()) {
                b.put("active", body.path("active").booleanValue());
            }
            b.put("updated_at", Instant.now().toString());
            answer(ex, 200, data(b));
        }
    }
}
