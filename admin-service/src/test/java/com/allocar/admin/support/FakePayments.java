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
import java.util.concurrent.atomic.AtomicInteger;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestHttp;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP server standing in for payment-service's staff API, behaving like the real one: {@code GET
 * /internal/payments} newest first with the envelope's pagination, filtered by status / method / user_id (an unknown
 * status or method, or a parameter it does not know → 400 {@code validation_error} {fields}); {@code POST
 * /internal/payouts/run} → {@code {attempted}}, or 409 {@code conflict} {reason: run_in_progress} while
 * {@link #runInProgress}; {@code /internal/promos}: the list (an unknown status → 400), a creation (a code taken, in any
 * case → 409 {@code conflict}), a change ({@code POST /{id}/changes}; unknown → 404; a max_uses under the uses taken → 409 {uses}), each without a
 * staff id → 400. The service token is checked as payment checks it ({@link FakePeer}).
 */
public final class FakePayments extends FakePeer {

    private static final Set<String> STATUSES = Set.of("init", "authorized", "paid", "failed", "refunded");
    private static final Set<String> METHODS = Set.of("wave", "orange", "mtn", "card", "wallet");
    private static final Set<String> PARAMETERS = Set.of("status", "method", "user_id", "booking_id", "created_at_gte", "created_at_lte",
            "page", "page_size");
    private static FakePayments instance;

    private final List<Map<String, Object>> payments = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> promos = new java.util.concurrent.ConcurrentHashMap<>();
    /** The bodies of the promo creations and changes it was asked for. */
    public final List<JsonNode> promoRequests = new CopyOnWriteArrayList<>();
    /** How many payouts the next run attempts. */
    public final AtomicInteger eligibleDrivers = new AtomicInteger();
    public final AtomicInteger runs = new AtomicInteger();
    public volatile boolean runInProgress;

    private FakePayments() {
        super(FleetService.PAYMENT);
        server.createContext("/internal/payments", this::payments);
        server.createContext("/internal/payouts/run", this::run);
        server.createContext("/internal/promos", this::promos);
        server.start();
    }

    public static synchronized FakePayments get() {
        if (instance == null) {
            instance = new FakePayments();
        }
        return instance;
    }

    public void clear() {
        payments.clear();
        promos.clear();
        promoRequests.clear();
        eligibleDrivers.set(0);
        runInProgress = false;
        failWith = null;
    }

    /** A booking payment payment-service holds; the commission and fees as PaymentFees would have them. */
    public UUID payment(UUID user, String method, String status, String amount) {
        UUID id = UUID.randomUUID();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id.toString());
        p.put("purpose", "booking");
        p.put("booking_id", UUID.randomUUID().toString());
        p.put("user_id", user.toString());
        p.put("method", method);
        p.put("provider", method.equals("card") ? "stripe" : method);
        p.put("amount", new BigDecimal(amount));
        p.put("gross_amount", new BigDecimal(amount));
        p.put("discount", BigDecimal.ZERO);
        p.put("commission", new BigDecimal(amount).multiply(new BigDecimal("0.10")));
        p.put("fees", new BigDecimal("50"));
        p.put("currency", "XOF");
        p.put("status", status);
        p.put("refunded_amount", BigDecimal.ZERO);
        p.put("created_at", Instant.now().toString());
        payments.add(p);
        return id;
    }

    private void payments(HttpExchange ex) throws IOException {
        try (ex) {
            if (refused(ex)) {
                return;
            }
            Map<String, String> q = query(ex);
            for (String name : q.keySet()) {
                if (!PARAMETERS.contains(name)) {
                    invalid(ex, name);
                    return;
                }
            }
            if (q.containsKey("status") && !STATUSES.contains(q.get("status"))) {
                invalid(ex, "status");
                return;
            }
            if (q.containsKey("method") && !METHODS.contains(q.get("method"))) {
                invalid(ex, "method");
                return;
            }
            int page = Integer.parseInt(q.getOrDefault("page", "1"));
            int size = Integer.parseInt(q.getOrDefault("page_size", "20"));
            List<Map<String, Object>> found = payments.stream()
                    .filter(p -> !q.containsKey("status") || p.get("status").equals(q.get("status")))
                    .filter(p -> !q.containsKey("method") || p.get("method").equals(q.get("method")))
                    .filter(p -> !q.containsKey("user_id") || p.get("user_id").equals(q.get("user_id")))
                    .sorted(Comparator.comparing((Map<String, Object> p) -> (String) p.get("created_at")).reversed())
                    .toList();
            answer(ex, 200, page(found.stream().skip((long) (page - 1) * size).limit(size).toList(), page, size, found.size()));
        }
    }

    private void run(HttpExchange ex) throws IOException {
        try (ex) {
            if (refused(ex)) {
                return;
            }
            if (runInProgress) {
                answer(ex, 409, error("conflict", "A payout run is under way", Map.of("reason", "run_in_progress")));
                return;
            }
            runs.incrementAndGet();
            answer(ex, 200, data(Map.of("attempted", eligibleDrivers.getAndSet(0))));
        }
    }

    /** A code already used this many times (as payments would have taken them). */
    public void usesTaken(UUID promo, int uses) {
        promos.values().stream().filter(p -> p.get("id").equals(promo.toString())).forEach(p -> p.put("uses", uses));
    }

    private void promos(HttpExchange ex) throws IOException {
        try (ex) {
            if (refused(ex)) {
                return;
            }
            String[] parts = ex.getRequestURI().getPath().split("/");
            String method = ex.getRequestMethod();
            if ("GET".equals(method) && parts.length == 3) {
                Map<String, String> q = query(ex);
                if (q.containsKey("status") && !Set.of("active", "inactive").contains(q.get("status"))) {
                    invalid(ex, "status");
                    return;
                }
                List<Map<String, Object>> found = promos.values().stream()
                        .filter(p -> !q.containsKey("status") || p.get("status").equals(q.get("status"))).toList();
                answer(ex, 200, page(found, 1, Integer.parseInt(q.getOrDefault("page_size", "20")), found.size()));
                return;
            }
            JsonNode body = TestHttp.json().readTree(ex.getRequestBody().readAllBytes());
            promoRequests.add(body);
            if (body.path("staff_id").isMissingNode() || body.path("staff_id").isNull()) {
                invalid(ex, "staff_id");
                return;
            }
            if ("POST".equals(method) && parts.length == 3) {
                String code = body.path("code").asString().toUpperCase(java.util.Locale.ROOT);
                if (promos.containsKey(code)) {
                    answer(ex, 409, error("conflict", "This promo code exists already", Map.of("code", code)));
                    return;
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", UUID.randomUUID().toString());
                p.put("code", code);
                p.put("type", body.path("type").asString());
                p.put("value", body.path("value").decimalValue());
                p.put("max_uses", body.path("max_uses").isNull() ? null : body.path("max_uses").asInt());
                p.put("per_user_limit", body.path("per_user_limit").isNull() ? null : body.path("per_user_limit").asInt());
                p.put("uses", 0);
                p.put("starts_at", body.path("starts_at").isNull() ? null : body.path("starts_at").asString());
                p.put("ends_at", body.path("ends_at").isNull() ? null : body.path("ends_at").asString());
                p.put("status", "active");
                promos.put(code, p);
                answer(ex, 201, data(p));
                return;
            }
            if ("POST".equals(method) && parts.length == 5 && parts[4].equals("changes")) {
                Map<String, Object> p = promos.values().stream().filter(x -> x.get("id").equals(parts[3])).findFirst().orElse(null);
                if (p == null) {
                    answer(ex, 404, error("not_found", "promo not found", Map.of("resource", "promo", "id", parts[3])));
                    return;
                }
                if (!body.path("max_uses").isNull() && !body.path("max_uses").isMissingNode() && body.path("max_uses").asInt() < (int) p.get("uses")) {
                    answer(ex, 409, error("conflict", "More uses were taken already", Map.of("uses", p.get("uses"))));
                    return;
                }
                if (!body.path("status").isNull() && !body.path("status").isMissingNode()) {
                    p.put("status", body.path("status").asString());
                }
                if (!body.path("max_uses").isNull() && !body.path("max_uses").isMissingNode()) {
                    p.put("max_uses", body.path("max_uses").asInt());
                }
                answer(ex, 200, data(p));
                return;
            }
            answer(ex, 404, error("not_found", "no such route", Map.of()));
        }
    }

    private static void invalid(HttpExchange ex, String field) throws IOException {
        answer(ex, 400, error("validation_error", "Invalid query parameters", Map.of("fields", List.of(Map.of("field", field)))));
    }
}
