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
 * What the owners' staff APIs over their aggregates (trips, bookings, disputes) share, answered as the platform's
 * {@code QuerySpec} answers: {@code GET <root>} the records in the owner's order with the envelope's pagination — a
 * parameter the owner does not declare, an {@code *_id} filter that is not a UUID, a status outside the owner's lifecycle
 * (one, or {@code in:a,b}) or a value the subclass refuses → 400 {@code validation_error} {fields}; status and
 * equality filters ({@code *_id} and the subclass's) applied — {@code GET <root>/{id}} where the owner serves one, and
 * {@code POST <root>/{id}/<action> {…, staff_id}}, the owner's one staff decision: 400 {fields} for a body the subclass
 * refuses (by default a reason blank or over 500) or without a staff id, then answered by the subclass.
 */
abstract class FakeStaffApi extends FakePeer {

    private static final String UUID_SHAPE = "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** The records by id, as the owner's staff view writes them (snake_case fields). */
    protected final Map<UUID, Map<String, Object>> records = new ConcurrentHashMap<>();
    /** The owner's lifecycle: what each status may become, sorted as its refusals list them. */
    protected final Map<String, List<String>> next;
    private final String action;
    private final Set<String> parameters;
    private final Comparator<Map<String, Object>> order;

    /**
     * @param host  another staff API of the same service whose server this one answers on, or null for its own
     * @param order how the owner lists them when no sort is asked for
     */
    FakeStaffApi(FleetService self, FakePeer host, String root, String action, Map<String, List<String>> next, Set<String> parameters,
                 Comparator<Map<String, Object>> order) {
        super(self, host);
        this.action = action;
        this.next = next;
        this.parameters = parameters;
        this.order = order;
        server.createContext(root, this::handle);
        if (host == null) {
            server.start();
        }
    }

    public String status(UUID id) {
        return (String) records.get(id).get("status");
    }

    /** The staff decision on the record {@code rawId}, its body and staff id checked already: a success or the owner's refusal. */
    protected abstract void decide(HttpExchange ex, JsonNode body, String rawId) throws IOException;

    /** The decision's own field the owner's bean validation refuses, as {field, message}, or null: by default the reason. */
    protected String[] refusedField(JsonNode body) {
        String reason = body.path("reason").asString("");
        return reason.isBlank() || reason.length() > 500 ? new String[] {"reason", "must not be blank, at most 500 characters"} : null;
    }

    /** {@code GET <root>/{id}}: by default the owner serves no such staff route. */
    protected void one(HttpExchange ex, String rawId) throws IOException {
        answer(ex, 404, error("not_found", "No route " + ex.getRequestURI().getPath(), Map.of()));
    }

    /** Beyond {@code *_id}, the filters that keep the records holding exactly the value asked for. */
    protected boolean isEqualityFilter(String parameter) {
        return parameter.endsWith("_id");
    }

    /** Why the owner refuses this filter's value, or null. */
    protected String refusedValue(String parameter, String value) {
        return null;
    }

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
            } else if ("GET".equals(ex.getRequestMethod()) && parts.length == 4) {
                one(ex, parts[3]);
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
            String refusal = refusedValue(p.getKey(), p.getValue());
            if (refusal != null) {
                invalid(ex, p.getKey(), refusal);
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
                .filter(r -> q.keySet().stream().filter(this::isEqualityFilter).allMatch(k -> q.get(k).equals(r.get(k))))
                .sorted(order).toList();
        answer(ex, 200, page(found.stream().skip((long) (page - 1) * size).limit(size).toList(), page, size, found.size()));
    }

    /** What every staff decision carries, checked as the owner's bean validation does. */
    private void decision(HttpExchange ex, String rawId) throws IOException {
        JsonNode body = TestHttp.json().readTree(ex.getRequestBody().readAllBytes());
        String[] refused = refusedField(body);
        if (refused != null) {
            invalid(ex, refused[0], refused[1]);
        } else if (!isUuid(body.path("staff_id").asString(""))) {
            invalid(ex, "staff_id", "must not be null");
        } else {
            decide(ex, body, rawId);
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
