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

import com.allocar.platform.security.service.FleetService;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP server standing in for booking-service's staff API, behaving like the real one: {@code GET
 * /internal/bookings} newest first, filtered by status, trip_id, passenger_id, driver_id ({@link FakeStaffApi}: an
 * unknown status, an id that is not a UUID or an undeclared parameter → 400 {@code validation_error} {fields});
 * {@code POST /internal/bookings/{id}/arbitration {outcome, refund_amount?, reason, staff_id}} → 400 {fields} for an
 * unknown outcome, a missing reason or staff id, a negative refund or one given with another outcome than cancelled;
 * 404 {@code not_found}; then booking's own rules: cancelled — a final booking is 409 {@code conflict} {current,
 * allowed}, a paid one needs 0 ≤ refund_amount ≤ amount paid, an unpaid one takes none (400 {fields: refund_amount});
 * no_show — a paid booking (else 409 {current}), departed (else 409 {current, departure_time}), keeping the no-show
 * rule's 50 %; completed — a paid booking, departed. The service token is checked as booking checks it
 * ({@link FakePeer}). Keeps the arbitrations it was asked for. Its disputes are {@link #disputes}.
 */
public final class FakeBookings extends FakeStaffApi {

    /** booking-service's lifecycle: what each state may become (BookingStatus). */
    private static final Map<String, List<String>> NEXT = Map.of("pending", List.of("accepted", "cancelled"),
            "accepted", List.of("cancelled", "paid"), "paid", List.of("cancelled", "completed"), "cancelled", List.of(), "completed", List.of());
    private static final Set<String> OUTCOMES = Set.of("cancelled", "no_show", "completed");
    private static final Set<String> PARAMETERS = Set.of("status", "trip_id", "passenger_id", "driver_id", "created_at", "created_at_gte",
            "created_at_lte", "departure_time", "departure_time_gte", "departure_time_lte", "page", "page_size", "sort");
    private static FakeBookings instance;

    public final List<JsonNode> arbitrations = new CopyOnWriteArrayList<>();
    /** booking-service's other staff API, on the same server. */
    public final FakeDisputes disputes;

    private FakeBookings() {
        super(FleetService.BOOKING, null, "/internal/bookings", "arbitration", NEXT, PARAMETERS,
                Comparator.comparing((Map<String, Object> b) -> (String) b.get("created_at")).reversed());
        disputes = new FakeDisputes(this);
    }

    public static synchronized FakeBookings get() {
        if (instance == null) {
            instance = new FakeBookings();
        }
        return instance;
    }

    /**
     * A booking booking-service holds: two seats at 6000 XOF, paid in full when {@code status} is paid.
     *
     * @param departure its trip's departure (a no-show or a completion needs it past)
     */
    public UUID booking(UUID trip, UUID passenger, String status, Instant departure) {
        UUID id = UUID.randomUUID();
        boolean paid = status.equals("paid");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", id.toString());
        b.put("trip_id", trip.toString());
        b.put("passenger_id", passenger.toString());
        b.put("driver_id", UUID.randomUUID().toString());
        b.put("seats", 2);
        b.put("amount_total", new BigDecimal("12000"));
        b.put("currency", "XOF");
        b.put("status", status);
        b.put("departure_time", departure.toString());
        b.put("origin_text", "Abidjan, Plateau");
        b.put("destination_text", "Yamoussoukro");
        b.put("amount_paid", paid ? new BigDecimal("12000") : null);
        b.put("paid_at", paid ? Instant.now().toString() : null);
        b.put("checked_in_at", null);
        b.put("no_show", false);
        b.put("cancel_reason", null);
        b.put("cancelled_by", null);
        b.put("cancelled_at", null);
        b.put("refund_amount", null);
        b.put("fee_amount", null);
        b.put("completed_at", null);
        b.put("created_at", Instant.now().toString());
        records.put(id, b);
        return id;
    }

    @Override
    protected void decide(HttpExchange ex, JsonNode body, String rawId) throws IOException {
        String outcome = body.path("outcome").asString("");
        BigDecimal refund = body.path("refund_amount").isNumber() ? body.path("refund_amount").decimalValue() : null;
        if (!OUTCOMES.contains(outcome)) {
            invalid(ex, "outcome", "must be one of [cancelled, completed, no_show]");
            return;
        }
        if (refund != null && refund.signum() < 0) {
            invalid(ex, "refund_amount", "must be greater than or equal to 0");
            return;
        }
        if (refund != null && !outcome.equals("cancelled")) {
            invalid(ex, "refund_amount", "only when the outcome is cancelled (a no-show follows its rule)");
            return;
        }
        Map<String, Object> b = existing(ex, rawId, "booking");
        if (b == null) {
            return;
        }
        String refusal = switch (outcome) {
            case "cancelled" -> cancelled(ex, b, refund);
            case "no_show" -> noShow(ex, b);
            default -> completed(ex, b);
        };
        if (refusal == null) {
            arbitrations.add(body);
            answer(ex, 200, data(b));
        }
    }

    /** @return null when done, else the refusal already answered */
    private String cancelled(HttpExchange ex, Map<String, Object> b, BigDecimal refund) throws IOException {
        String current = (String) b.get("status");
        if (!next.get(current).contains("cancelled")) {
            return refuse(ex, "Booking is " + current + " and cannot become cancelled", Map.of("current", current, "allowed", next.get(current)));
        }
        BigDecimal paid = b.get("amount_paid") == null ? BigDecimal.ZERO : (BigDecimal) b.get("amount_paid");
        if (paid.signum() > 0 && refund == null || paid.signum() == 0 && refund != null || refund != null && refund.compareTo(paid) > 0) {
            invalid(ex, "refund_amount", "between 0 and the amount paid (" + paid + ")");
            return "refund_amount";
        }
        b.put("status", "cancelled");
        b.put("cancel_reason", "arbitration");
        b.put("cancelled_by", "admin");
        b.put("cancelled_at", Instant.now().toString());
        if (paid.signum() > 0) {
            b.put("refund_amount", refund);
            b.put("fee_amount", paid.subtract(refund));
        }
        return null;
    }

    private String noShow(HttpExchange ex, Map<String, Object> b) throws IOException {
        String refusal = paidAndDeparted(ex, b, "Only a paid booking can be a no-show");
        if (refusal != null) {
            return refusal;
        }
        BigDecimal paid = (BigDecimal) b.get("amount_paid");
        b.put("status", "cancelled");
        b.put("no_show", true);
        b.put("cancel_reason", "no_show");
        b.put("cancelled_by", "admin");
        b.put("cancelled_at", Instant.now().toString());
        b.put("fee_amount", paid.divide(BigDecimal.TWO));
        b.put("refund_amount", paid.subtract(paid.divide(BigDecimal.TWO)));
        return null;
    }

    private String completed(HttpExchange ex, Map<String, Object> b) throws IOException {
        String refusal = paidAndDeparted(ex, b, "Booking is " + b.get("status") + " and cannot become completed");
        if (refusal != null) {
            return refusal;
        }
        b.put("status", "completed");
        b.put("completed_at", Instant.now().toString());
        return null;
    }

    private String paidAndDeparted(HttpExchange ex, Map<String, Object> b, String notPaid) throws IOException {
        String current = (String) b.get("status");
        if (!current.equals("paid")) {
            return refuse(ex, notPaid, Map.of("current", current, "allowed", next.get(current)));
        }
        if (Instant.parse((String) b.get("departure_time")).isAfter(Instant.now())) {
            return refuse(ex, "The trip has not left yet", Map.of("current", current, "departure_time", b.get("departure_time")));
        }
        return null;
    }

    /** @return what was refused, the 409 answered */
    private static String refuse(HttpExchange ex, String message, Map<String, Object> details) throws IOException {
        conflict(ex, message, details);
        return "conflict";
    }
}
