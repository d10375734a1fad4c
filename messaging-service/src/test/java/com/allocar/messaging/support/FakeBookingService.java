package com.allocar.messaging.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestServiceKeys;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for booking-service's {@code GET /internal/bookings/{id}} (ADR 006), behaving like the
 * real one: the service token checked (payment-service's or messaging-service's; none or a bad one → 401
 * {@code auth_required}, another caller → 403), {@code {"data": BookingSummary}} for a booking it knows, 404
 * {@code not_found} in the envelope for an unknown id, 400 {@code validation_error} for an id that is not a UUID.
 * Counts the lookups per booking.
 */
public final class FakeBookingService {

    private static FakeBookingService instance;

    private final HttpServer server;
    private final Map<UUID, Map<String, Object>> bookings = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> lookups = new ConcurrentHashMap<>();
    public final AtomicInteger refusedTokens = new AtomicInteger();
    /** Set to make every call answer this status (e.g. 503, booking-service shedding load), null for normal behaviour. */
    public volatile Integer failWith;

    private FakeBookingService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/bookings/", this::booking);
        server.start();
    }

    public static synchronized FakeBookingService get() {
        if (instance == null) {
            try {
                instance = new FakeBookingService();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** booking-service knows this booking (as its summary would show it). */
    public void knows(UUID bookingId, UUID tripId, UUID passenger, UUID driver, String status, Instant departure) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", bookingId.toString());
        b.put("trip_id", tripId.toString());
        b.put("passenger_id", passenger.toString());
        b.put("driver_id", driver.toString());
        b.put("seats", 1);
        b.put("price_per_seat", 4500.0);
        b.put("amount_total", 4500.0);
        b.put("currency", "XOF");
        b.put("status", status);
        b.put("departure_time", departure.toString());
        b.put("hold_id", UUID.randomUUID().toString());
        bookings.put(bookingId, b);
    }

    public int lookups(UUID bookingId) {
        AtomicInteger n = lookups.get(bookingId);
        return n == null ? 0 : n.get();
    }

    private void booking(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod())) {
                answer(ex, 405, error("method_not_allowed", "Method not allowed"));
                return;
            }
            Integer refused = TestServiceKeys.refusal(ex.getRequestHeaders().getFirst(ServiceTokens.HEADER), FleetService.BOOKING,
                    FleetService.PAYMENT, FleetService.MESSAGING);
            if (refused != null) {
                refusedTokens.incrementAndGet();
                answer(ex, refused, error(refused == 401 ? "auth_required" : "forbidden", "service token refused"));
                return;
            }
            if (failWith != null) {
                answer(ex, failWith, error("service_unavailable", "booking-service is unavailable"));
                return;
            }
            String raw = ex.getRequestURI().getPath().substring("/internal/bookings/".length());
            UUID id;
            try {
                id = UUID.fromString(raw);
            } catch (IllegalArgumentException e) {
                answer(ex, 400, "{\"error\":{\"code\":\"validation_error\",\"message\":\"Invalid request\",\"details\":{\"fields\":"
                        + "[{\"field\":\"id\",\"message\":\"must be a valid UUID\"}]}}}");
                return;
            }
            lookups.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            Map<String, Object> b = bookings.get(id);
            if (b == null) {
                answer(ex, 404, "{\"error\":{\"code\":\"not_found\",\"message\":\"booking not found\",\"details\":{\"resource\":\"booking\","
                        + "\"id\":\"" + id + "\"}}}");
                return;
            }
            answer(ex, 200, TestHttp.json().writeValueAsString(Map.of("data", b, "meta", Map.of("request_id", UUID.randomUUID().toString()))));
        }
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":{}}}";
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }
}
