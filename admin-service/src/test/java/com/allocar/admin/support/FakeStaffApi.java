package com.allocar.admin.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestHttp;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * What the owners' staff APIs over their aggregates (trips, bookings) share, answered as the platform's
 * {@code QuerySpec} answers: {@code GET <root>} the records newest first with the envelope's pagination — a parameter
 * the owner does not declare, an {@code *_id} filter that is not a UUID or a status outside the owner's lifecycle (one,
 * or {@code in:a,b}) → 400 {@code validation_error} {fields}; status and {@code *_id} filters applied — and {@code POST
 * <root>/{id}/<action> {reason, staff_id, …}}, the owner's one staff decision: 400 {fields} without a reason (blank,
 * over 500) or a staff id, then answered by the subclass.
 */
abstract class FakeStaffApi extends FakePeer {

    private static final String UUID_SHAPE = "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** The records by id, as the owner's staff view writes them (snake_case fields). */
    protected final Map<UUID, Map<String, Object>> records = new ConcurrentHashMap<>();
    /** The owner's lifecycle: what each status may become, sorted as its refusals list them. */
    protected final Map<String, List<String>> next;
    private final String action;
    private final Set<String> parameters;
    private final Comparator<Map<String, Object>> newestFirst;

    FakeStaffApi(FleetService self, String root, String action, Map<String, List<String>> next, Set<String> parameters,
                 Comparator<Map<String, Object>> newestFirst) {
        super(self);
        this.action = action;
        this.next = next;
        this.parameters = parameters;
        this.newestFirst = newestFirst;
        server.createContext(root, this::handle);
        server.start();
    }

    public String status(UUID id) {
        return (String) records.get(id).get("status");
    }

    /**
     * The staff decision on the record {@code rawId}, its reason (1..500, stripped) and staff id checked already:
     * answers it, a success or the owner's refusal.
     */
    protected abstract void decide(HttpExchange ex, JsonNode body, String reason, String rawId) throws IOException;

    /** The record, or null when the owner has none (404 {@code not_found} answered). */
    protected Map<String, Object> existing(HttpExchange ex, String rawId, String resource) throws IOException {
        Map<String, Object> r = records.get(UUID.fromString(rawId));
        if (r == null) {
            answer(ex, 404, error("not_found", resource + " not found", Map.of("resource", resource, "id", rawId)));
        }
        return r;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (refused(ex)) {
                return;
            }
            String[] parts = ex.getRequestURI().getPath().split("/");
            if ("GET".equals(ex.getRequestMethod()) && parts.length == 3) {
                list(ex);
            } else if ("POST".equals(ex.getRequestMethod()) && parts.length == 5 && parts[4].equals(action)) {
                decision(ex, parts[3]);
            } else {
                answer(ex, 404, error("not_found", "No route " + ex.getRequestURI().getPath(), Map.of()));
            }
        }
    }

    private void list(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex);
        for (var p : q.entrySet()) {
            if (!parameters.contains(p.getKey()) || p.getKey().endsWith("_id") && !isUuid(p.getValue())) {
                invalid(ex, p.getKey(), "invalid value");
                return;
            }
        }
        List<String> statuses = q.containsKey("status") ? Arrays.asList(q.get("status").replaceFirst("^in:", "").split(","))
                : List.copyOf(next.keySet());
        if (!next.keySet().containsAll(statuses)) {
            invalid(ex, "status", "invalid value; allowed: " + next.keySet());
            return;
        }
        int page = Integer.parseInt(q.getOrDefault("page", "1"));
        int size = Integer.parseInt(q.getOrDefault("page_size", "20"));
        List<Map<String, Object>> found = records.values().stream()
                .filter(r -> statuses.contains((String) r.get("status")))
                .filter(r -> q.keySet().stream().filter(k -> k.endsWith("_id")).allMatch(k -> q.get(k).equals(r.get(k))))
                .sorted(newestFirst).toList();
        answer(ex, 200, page(found.stream().skip((long) (page - 1) * size).limit(size).toList(), page, size, found.size()));
    }

    /** What every staff decision carries, checked as the owner's bean validation does. */
    private void decision(HttpExchange ex, String rawId) throws IOException {
        JsonNode body = TestHttp.json().readTree(ex.getRequestBody().readAllBytes());
        String reason = body.path("reason").asString("");
        if (reason.isBlank() || reason.length() > 500) {
            invalid(ex, "reason", "must not be blank, at most 500 characters");
        } else if (!isUuid(body.path("staff_id").asString(""))) {
            invalid(ex, "staff_id", "must not be null");
        } else {
            decide(ex, body, reason.strip(), rawId);
        }
    }

    protected static boolean isUuid(String s) {
        return s != null && s.matches(UUID_SHAPE);
    }

    /** A move the lifecycle refuses, or an action that needs another state: 409 {current, …}. */
    protected static void conflict(HttpExchange ex, String message, Map<String, Object> details) throws IOException {
        answer(ex, 409, error("conflict", message, details));
    }

    protected static void invalid(HttpExchange ex, String field, String message) throws IOException {
        answer(ex, 400, error("validation_error", "Invalid request", Map.of("fields", List.of(Map.of("field", field, "message", message)))));
    }
}
