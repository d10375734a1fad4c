package com.allocar.admin.support;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestHttp;
import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP server standing in for identity-service's KYC review API ({@code /internal/kyc}), behaving like the real
 * one: the service token checked (admin-service's only; none or a bad one → 401 {@code auth_required}, another caller →
 * 403 {@code forbidden}); {@code GET /pending} the pending documents oldest first with the envelope's pagination;
 * {@code POST /{id}/review} 404 {@code not_found} for an unknown document, 409 {@code conflict} with
 * {@code details.current} for one already decided, 400 {@code validation_error} for a rejection without notes, else the
 * decided document; {@code /internal/users}: the accounts it knows ({@code GET} one → 404 {@code not_found} when unknown;
 * {@code POST /{id}/suspension | reactivation {staff_id, reason}} → 409 {@code conflict} {current} when the account is in
 * that status already, 400 without a staff id or, to suspend, a reason). Keeps the reviews and staff actions it was
 * asked for.
 */
public final class FakeIdentity extends FakePeer {

    private static FakeIdentity instance;

    private final Map<UUID, Map<String, Object>> documents = new ConcurrentHashMap<>();
    public final List<JsonNode> reviews = new CopyOnWriteArrayList<>();
    private final Map<UUID, Map<String, Object>> accounts = new ConcurrentHashMap<>();
    public final List<JsonNode> staffActions = new CopyOnWriteArrayList<>();
    private final Map<UUID, Map<String, Object>> held = new ConcurrentHashMap<>();

    private FakeIdentity() {
        super(FleetService.IDENTITY);
        server.createContext("/internal/kyc/", this::handle);
        server.createContext("/internal/users", this::users);
        server.createContext("/internal/driver-holds", this::driverHolds);
        server.start();
    }

    public static synchronized FakeIdentity get() {
        if (instance == null) {
            instance = new FakeIdentity();
        }
        return instance;
    }

    /** A member submitted this document; pending until reviewed. */
    public UUID submitted(UUID userId) {
        UUID id = UUID.randomUUID();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id.toString());
        d.put("user_id", userId.toString());
        d.put("doc_type", "cni");
        d.put("doc_number", "CI-" + (10_000_000 + Math.abs(id.hashCode() % 89_999_999)));
        d.put("status", "pending");
        d.put("notes", null);
        d.put("reviewed_by", null);
        d.put("reviewed_at", null);
        d.put("created_at", Instant.now().toString());
        d.put("images", Map.of("front", signed("front", id), "back", signed("back", id)));
        documents.put(id, d);
        return id;
    }

    public void clear() {
        documents.clear();
        reviews.clear();
        failWith = null;
    }

    /** A member identity knows, active. */
    public UUID account(String phone) {
        UUID id = UUID.randomUUID();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id.toString());
        a.put("phone", phone);
        a.put("email", null);
        a.put("first_name", "Awa");
        a.put("last_name", "Koné");
        a.put("status", "active");
        a.put("is_driver", false);
        a.put("is_phone_verified", true);
        a.put("is_email_verified", false);
        a.put("rating_avg", 0);
        a.put("rating_count", 0);
        a.put("kyc_status", "none");
        a.put("created_at", Instant.now().toString());
        a.put("updated_at", Instant.now().toString());
        accounts.put(id, a);
        return id;
    }

    /** A driver identity held after a low rating. */
    public UUID heldDriver(String firstName) {
        UUID id = UUID.randomUUID();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("user_id", id.toString());
        d.put("first_name", firstName);
        d.put("last_name", "Kouamé");
        d.put("phone", "+2250700000000");
        d.put("rating_avg", 2.4);
        d.put("rating_count", 7);
        d.put("held_at", Instant.now().toString());
        d.put("reason", "rating_below_floor");
        held.put(id, d);
        return id;
    }

    /** GET the queue; POST /{id}/release {staff_id, reason} → 404 unknown member, 409 {current: not_held}, 400 without staff id or reason. */
    private void driverHolds(HttpExchange ex) throws IOException {
        try (ex) {
            if (refused(ex)) {
                return;
            }
            String[] parts = ex.getRequestURI().getPath().split("/");
            if ("GET".equals(ex.getRequestMethod()) && parts.length == 3) {
                List<Map<String, Object>> all = List.copyOf(held.values());
                answer(ex, 200, page(all, 1, 20, all.size()));
                return;
            }
            UUID id = UUID.fromString(parts[3]);
            JsonNode body = TestHttp.json().readTree(ex.getRequestBody().readAllBytes());
            if (!body.path("staff_id").isString() || !body.path("reason").isString() || body.path("reason").asString().isBlank()) {
                answer(ex, 400, error("validation_error", "Invalid request", Map.of("fields", List.of(Map.of("field", "staff_id")))));
                return;
            }
            staffActions.add(body);
            if (held.remove(id) != null) {
                answer(ex, 200, data(Map.of("user_id", id.toString(), "driver_held", false, "rating_avg", 2.4, "rating_count", 7)));
            } else if (accounts.containsKey(id)) {
                answer(ex, 409, error("conflict", "The driver is not held", Map.of("current", "not_held")));
            } else {
                answer(ex, 404, error("not_found", "user not found", Map.of("resource", "user", "id", id.toString())));
            }
        }
    }

    private void users(HttpExchange ex) throws IOException {
        try (ex) {
            if (refused(ex)) {
                return;
            }
            String[] parts = ex.getRequestURI().getPath().split("/");
            if ("GET".equals(ex.getRequestMethod()) && parts.length == 3) {
                String raw = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
                if (raw.contains("status=") && !raw.matches(".*status=(active|suspended)(&.*)?$")) {
                    answer(ex, 400, error("validation_error", "Invalid query parameters", Map.of("fields", List.of(Map.of("field", "status")))));
                    return;
                }
                List<Map<String, Object>> all = List.copyOf(accounts.values());
                answer(ex, 200, Map.of("data", all, "meta", Map.of("request_id", UUID.randomUUID().toString(),
                        "pagination", Map.of("page", 1, "page_size", 20, "total", all.size(), "page_count", 1))));
                return;
            }
            UUID id;
            try {
                id = UUID.fromString(parts[3]);
            } catch (RuntimeException e) {
                answer(ex, 400, error("validation_error", "id is not a UUID", Map.of()));
                return;
            }
            Map<String, Object> a = accounts.get(id);
            if (a == null) {
                answer(ex, 404, error("not_found", "user not found", Map.of("resource", "user", "id", id.toString())));
                return;
            }
            if ("GET".equals(ex.getRequestMethod()) && parts.length == 4) {
                answer(ex, 200, data(a));
                return;
            }
            if ("POST".equals(ex.getRequestMethod()) && parts.length == 5 && List.of("suspension", "reactivation").contains(parts[4])) {
                JsonNode body = TestHttp.json().readTree(ex.getRequestBody().readAllBytes());
                boolean suspend = parts[4].equals("suspension");
                if (body.path("staff_id").asString().isEmpty() || suspend && body.path("reason").asString().isBlank()) {
                    answer(ex, 400, error("validation_error", "Invalid request", Map.of("fields", List.of(Map.of("field", "reason")))));
                    return;
                }
                String target = suspend ? "suspended" : "active";
                if (target.equals(a.get("status"))) {
                    answer(ex, 409, error("conflict", "The account is " + target + " already", Map.of("current", target)));
                    return;
                }
                staffActions.add(body);
                a.put("status", target);
                answer(ex, 200, data(a));
                return;
            }
            answer(ex, 404, error("not_found", "No route " + ex.getRequestURI().getPath(), Map.of()));
        }
    }

    private static Map<String, Object> signed(String side, UUID id) {
        return Map.of("url", "http://127.0.0.1:19000/allocar-kyc/kyc/" + id + "/" + side + ".jpg?X-Amz-Signature=fake", "method", "GET",
                "headers", Map.of(), "expires_at", Instant.now().plusSeconds(300).toString());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (refused(ex)) {
                return;
            }
            String path = ex.getRequestURI().getPath();
            if ("GET".equals(ex.getRequestMethod()) && path.equals("/internal/kyc/pending")) {
                pending(ex);
                return;
            }
            String[] parts = path.split("/");
            if ("POST".equals(ex.getRequestMethod()) && parts.length == 5 && parts[4].equals("review")) {
                review(ex, parts[3]);
                return;
            }
            answer(ex, 404, error("not_found", "No route " + path, Map.of()));
        }
    }

    private void pending(HttpExchange ex) throws IOException {
        Map<String, String> q = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                String[] p = kv.split("=", 2);
                q.put(p[0], p.length == 2 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
        }
        int page = Integer.parseInt(q.getOrDefault("page", "1"));
        int size = Integer.parseInt(q.getOrDefault("page_size", "20"));
        List<Map<String, Object>> all = new ArrayList<>(documents.values().stream().filter(d -> "pending".equals(d.get("status")))
                .sorted((a, b) -> ((String) a.get("created_at")).compareTo((String) b.get("created_at"))).toList());
        List<Map<String, Object>> slice = all.subList(Math.min(all.size(), (page - 1) * size), Math.min(all.size(), page * size));
        answer(ex, 200, Map.of("data", slice, "meta", Map.of("request_id", UUID.randomUUID().toString(),
                "pagination", Map.of("page", page, "page_size", size, "total", all.size(), "page_count", (all.size() + size - 1) / size))));
    }

    private void review(HttpExchange ex, String rawId) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(rawId);
        } catch (IllegalArgumentException e) {
            answer(ex, 400, error("validation_error", "id is not a UUID", Map.of()));
            return;
        }
        JsonNode body = TestHttp.json().readTree(ex.getRequestBody().readAllBytes());
        Map<String, Object> d = documents.get(id);
        if (d == null) {
            answer(ex, 404, error("not_found", "kyc_document not found", Map.of("resource", "kyc_document", "id", id.toString())));
            return;
        }
        String decision = body.path("decision").asString();
        if (!"pending".equals(d.get("status"))) {
            answer(ex, 409, error("conflict", "KYC document is " + d.get("status") + " and cannot become " + decision,
                    Map.of("current", d.get("status"), "allowed", List.of())));
            return;
        }
        String notes = body.path("notes").isNull() || body.path("notes").isMissingNode() ? null : body.path("notes").asString();
        if ("rejected".equals(decision) && (notes == null || notes.isBlank())) {
            answer(ex, 400, error("validation_error", "A rejection says why", Map.of("fields", List.of(Map.of("field", "notes")))));
            return;
        }
        reviews.add(body);
        d.put("status", decision);
        d.put("notes", notes);
        d.put("reviewed_by", body.path("reviewer_id").asString());
        d.put("reviewed_at", Instant.now().toString());
        answer(ex, 200, data(d));
    }
}
