package com.allocar.wallet.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestServiceKeys;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP server standing in for payment-service's internal API ({@code POST /internal/topups}, ADR 006): it checks
 * the service token and the body the way payment-service does, is idempotent on topup_id, and records the calls.
 */
public final class FakePaymentService {

    private static FakePaymentService instance;

    private final HttpServer server;
    public final List<JsonNode> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> paymentOfTopup = new ConcurrentHashMap<>();
    /** Set to make the next calls answer this status (e.g. 500), null for normal behaviour. */
    public volatile Integer failWith;

    private FakePaymentService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/topups", this::topups);
        server.start();
    }

    public static synchronized FakePaymentService get() {
        if (instance == null) {
            try {
                instance = new FakePaymentService();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<JsonNode> callsFor(UUID user) {
        return calls.stream().filter(c -> c.path("user_id").asString().equals(user.toString())).toList();
    }

    private void topups(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                answer(ex, 405, "{\"error\":{\"code\":\"method_not_allowed\",\"message\":\"POST only\",\"details\":{}}}");
                return;
            }
            // payment-service's guard: wallet-service's token for payment-service, else 401/403 like the real one
            Integer refused = TestServiceKeys.refusal(ex.getRequestHeaders().getFirst(ServiceTokens.HEADER), FleetService.PAYMENT,
                    FleetService.WALLET);
            if (refused != null) {
                answer(ex, refused, "{\"error\":{\"code\":\"" + (refused == 401 ? "auth_required" : "forbidden")
                        + "\",\"message\":\"service token refused\",\"details\":{}}}");
                return;
            }
            JsonNode body = TestHttp.json().readTree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            calls.add(body);
            String problem = problem(body);
            if (problem != null) {
                answer(ex, 400, "{\"error\":{\"code\":\"validation_error\",\"message\":\"Invalid request\",\"details\":{\"fields\":[{\"field\":\""
                        + problem + "\",\"message\":\"invalid\"}]}}}");
                return;
            }
            if (failWith != null) {
                answer(ex, failWith, "{\"error\":{\"code\":\"internal_error\",\"message\":\"boom\",\"details\":{}}}");
                return;
            }
            if ("mtn_momo".equals(body.path("method").asString()) && body.path("msisdn").isMissingNode()) {
                answer(ex, 400, "{\"error\":{\"code\":\"validation_error\",\"message\":\"Invalid request\",\"details\":{\"fields\":[{\"field\":\"msisdn\",\"message\":\"required for mtn_momo\"}]}}}");
                return;
            }
            String topupId = body.path("topup_id").asString();
            boolean created = !paymentOfTopup.containsKey(topupId);
            String paymentId = paymentOfTopup.computeIfAbsent(topupId, k -> UUID.randomUUID().toString());
            answer(ex, created ? 201 : 200, "{\"data\":{\"payment_id\":\"" + paymentId + "\",\"provider\":\"" + body.path("method").asString()
                    + "\",\"checkout_url\":\"https://pay.wave.com/c/cos-" + paymentId + "\",\"provider_payload\":{\"id\":\"cos-" + paymentId + "\"}}}");
        }
    }

    /** The checks payment-service's validation makes on the body. */
    private static String problem(JsonNode body) {
        for (String f : List.of("topup_id", "user_id")) {
            try {
                UUID.fromString(body.path(f).asString());
            } catch (RuntimeException e) {
                return f;
            }
        }
        // payment-service's TopupRequest: @DecimalMin("100") @Digits(integer = 10, fraction = 0), msisdn "\\+[1-9][0-9]{7,14}"
        if (!body.path("amount").isNumber() || body.path("amount").decimalValue().compareTo(java.math.BigDecimal.valueOf(100)) < 0
                || body.path("amount").decimalValue().stripTrailingZeros().scale() > 0) {
            return "amount";
        }
        if (body.has("msisdn") && !body.path("msisdn").asString().matches("\\+[1-9][0-9]{7,14}")) {
            return "msisdn";
        }
        if (!"XOF".equals(body.path("currency").asString())) {
            return "currency";
        }
        if (!List.of("wave", "orange_money", "mtn_momo", "card").contains(body.path("method").asString())) {
            return "method";
        }
        var names = new java.util.HashSet<String>();
        body.propertyNames().forEach(names::add);
        names.removeAll(List.of("topup_id", "user_id", "amount", "currency", "method", "msisdn"));
        return names.isEmpty() ? null : names.iterator().next();
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
