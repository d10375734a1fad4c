package com.allocar.admin.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.allocar.platform.security.service.FleetService;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * booking-service's staff API over disputes, on {@link FakeBookings}' server (one service, one URL, down with it),
 * behaving like the real one: {@code GET /internal/disputes} oldest first, filtered by status, booking_id and category
 * ({@link FakeStaffApi}: an unknown status or category, a booking id that is not a UUID or an undeclared parameter → 400
 * {@code validation_error} {fields}); {@code GET /internal/disputes/{id}} → the dispute with its booking, 404
 * {@code not_found}; {@code POST /internal/disputes/{id}/review {status, resolution?, staff_id}} → 400 {fields} for a
 * status other than in_review | resolved | rejected, a resolution over 2000 characters or no staff id; 404; then the
 * dispute's own rules: the status it has and the resolution it has again → unchanged, a new resolution at the same
 * status replaces the old one, a move its lifecycle refuses → 409 {@code conflict} {current, allowed}, deciding without
 * a resolution (given or written before) → 400 {fields: resolution}. Keeps the reviews it took.
 */
public final class FakeDisputes extends FakeStaffApi {

    /** booking-service's dispute lifecycle (DisputeStatus). */
    private static final Map<String, List<String>> NEXT = Map.of("open", List.of("in_review", "rejected", "resolved"),
            "in_review", List.of("rejected", "resolved"), "resolved", List.of(), "rejected", List.of());
    private static final Set<String> TARGETS = Set.of("in_review", "resolved", "rejected");
    private static final Set<String> CATEGORIES = Set.of("payment", "refund", "no_show", "driver_behaviour", "passenger_behaviour",
            "safety", "lost_item", "other");
    private static final Set<String> PARAMETERS = Set.of("status", "booking_id", "category", "page", "page_size", "sort");
    /** Each dispute opened strictly after the one before: the queue's order never rests on a tie. */
    private static final AtomicReference<Instant> LAST_OPENED = new AtomicReference<>(Instant.EPOCH);

    /** The reviews it took (a refused one is not kept). */
    public final List<JsonNode> reviews = new CopyOnWriteArrayList<>();

    FakeDisputes(FakePeer bookingService) {
        super(FleetService.BOOKING, bookingService, "/internal/disputes", "review", NEXT, PARAMETERS,
                Comparator.comparing((Map<String, Object> d) -> Instant.parse((String) d.get("created_at"))));
    }

    /**
     * A dispute the passenger opened about a paid booking of 12 000 XOF, in {@code status} ("resolved" and "rejected"
     * ones decided with a resolution).
     */
    public UUID dispute(UUID bookingId, String status, String category) {
        UUID id = UUID.randomUUID();
        UUID passenger = UUID.randomUUID();
        Instant opened = LAST_OPENED.updateAndGet(last -> {
            Instant now = Instant.now();
            return now.isAfter(last) ? now : last.plusNanos(1_000);
        });
        boolean decided = status.equals("resolved") || status.equals("rejected");
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("trip_id", UUID.randomUUID().toString());
        booking.put("passenger_id", passenger.toString());
        booking.put("driver_id", UUID.randomUUID().toString());
        booking.put("status", "paid");
        booking.put("seats", 2);
        booking.put("amount_total", new BigDecimal("12000"));
        booking.put("amount_paid", new BigDecimal("12000"));
        booking.put("currency", "XOF");
        booking.put("departure_time", opened.minusSeconds(3600).toString());
        booking.put("origin_text", "Abidjan, Plateau");
        booking.put("destination_text", "Yamoussoukro");
        booking.put("cancel_reason", null);
        booking.put("refund_amount", null);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id.toString());
        d.put("booking_id", bookingId.toString());
        d.put("opened_by", passenger.toString());
        d.put("category", category);
        d.put("description", "Le conducteur est parti sans moi");
        d.put("status", status);
        d.put("resolution", decided ? "Décidé" : null);
        d.put("resolved_by", decided ? UUID.randomUUID().toString() : null);
        d.put("resolved_at", decided ? opened.toString() : null);
        d.put("created_at", opened.toString());
        d.put("updated_at", opened.toString());
        d.put("booking", booking);
        records.put(id, d);
        return id;
    }

    public Object resolution(UUID id) {
        return records.get(id).get("resolution");
    }

    @Override
    protected boolean isEqualityFilter(String parameter) {
        return super.isEqualityFilter(parameter) || parameter.equals("category");
    }

    @Override
    protected String refusedValue(String parameter, String value) {
        return parameter.equals("category") && !CATEGORIES.contains(value) ? "invalid value '" + value + "'; allowed: " + CATEGORIES : null;
    }

    @Override
    protected String[] refusedField(JsonNode body) {
        if (!TARGETS.contains(body.path("status").asString(""))) {
            return new String[] {"status", "must be one of [in_review, resolved, rejected]"};
        }
        if (body.path("resolution").asString("").length() > 2000) {
            return new String[] {"resolution", "size must be between 0 and 2000"};
        }
        return null;
    }

    @Override
    protected void one(HttpExchange ex, String rawId) throws IOException {
        Map<String, Object> d = existing(ex, rawId, "dispute");
        if (d != null) {
            answer(ex, 200, data(d));
        }
    }

    @Override
    protected void decide(HttpExchange ex, JsonNode body, String rawId) throws IOException {
        Map<String, Object> d = existing(ex, rawId, "dispute");
        if (d == null) {
            return;
        }
        String current = (String) d.get("status");
        String target = body.path("status").asString();
        String given = body.path("resolution").asString("").strip();
        String resolution = given.isEmpty() ? (String) d.get("resolution") : given;
        boolean same = target.equals(current);
        if (same && (given.isEmpty() || given.equals(d.get("resolution")))) {
            answer(ex, 200, data(d));
            return;
        }
        if (!same && !next.get(current).contains(target)) {
            conflict(ex, "Dispute is " + current + " and cannot become " + target, Map.of("current", current, "allowed", next.get(current)));
            return;
        }
        boolean decides = target.equals("resolved") || target.equals("rejected");
        if (decides && resolution == null) {
            invalid(ex, "resolution", "is required to resolve or reject a dispute");
            return;
        }
        String now = Instant.now().toString();
        d.put("status", target);
        d.put("resolution", resolution);
        if (decides) {
            d.put("resolved_by", body.path("staff_id").asString());
            d.put("resolved_at", now);
        }
        d.put("updated_at", now);
        reviews.add(body);
        answer(ex, 200, data(d));
    }
}
