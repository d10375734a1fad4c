package com.allocar.payment.fakes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * Orange Money WebPay (dev country), checking what payment-providers.md §3.6 lists: token endpoint with Basic
 * client credentials and a form body (JSON refused); webpayment with a valid Bearer, matching merchant_key,
 * currency OUV, unique order_id ≤ 30, URLs present ≤ 120, integer amount → 201 {status, message, pay_token,
 * payment_url, notif_token}; transactionstatus needs the exact (order_id, amount, pay_token) triple. Hooks approve or
 * decline on the "hosted page" and POST {status, notif_token, txnid} to the notif_url (optionally a wrong token).
 */
public final class FakeOrange extends FakeServer {

    private final String clientId;
    private final String clientSecret;
    private final String merchantKey;
    private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> payments = new ConcurrentHashMap<>(); // by pay_token
    private final HttpClient client = HttpClient.newHttpClient();
    private volatile String deliverTo;

    private FakeOrange(String clientId, String clientSecret, String merchantKey) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.merchantKey = merchantKey;
        route("POST", "/oauth/v3/token", this::token);
        route("POST", "/orange-money-webpay/dev/v1/webpayment", this::webpayment);
        route("POST", "/orange-money-webpay/dev/v1/transactionstatus", this::status);
        start();
    }

    public static FakeOrange start(String clientId, String clientSecret, String merchantKey) {
        return new FakeOrange(clientId, clientSecret, merchantKey);
    }

    /** Where notifications really go (our service); the path and query come from the notif_url received. */
    public void deliverTo(String baseUrl) {
        this.deliverTo = baseUrl;
    }

    private Reply token(Request r) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(r.header("Authorization"))) {
            return Reply.json(401, map("error", "invalid_client"));
        }
        if (!String.valueOf(r.header("Content-Type")).startsWith("application/x-www-form-urlencoded")
                || !"client_credentials".equals(r.form().get("grant_type"))) {
            return Reply.json(400, map("error", "invalid_request"));
        }
        String token = hex(16);
        tokens.put(token, true);
        return Reply.json(200, map("token_type", "Bearer", "access_token", token, "expires_in", 7776000));
    }

    private boolean bearer(Request r) {
        String auth = r.header("Authorization");
        return auth != null && auth.startsWith("Bearer ") && tokens.containsKey(auth.substring(7));
    }

    private Reply webpayment(Request r) {
        if (!bearer(r)) {
            return Reply.json(401, map("code", 42, "message", "Expired credentials"));
        }
        JsonNode b = r.json();
        if (!merchantKey.equals(b.path("merchant_key").asString(""))) {
            return Reply.json(400, map("code", 1, "message", "invalid merchant_key"));
        }
        if (!"OUV".equals(b.path("currency").asString(""))) {
            return Reply.json(400, map("code", 2, "message", "currency must be OUV in dev"));
        }
        String orderId = b.path("order_id").asString("");
        if (orderId.isEmpty() || orderId.length() > 30) {
            return Reply.json(400, map("code", 3, "message", "order_id 1..30"));
        }
        if (payments.values().stream().anyMatch(p -> orderId.equals(p.get("order_id")))) {
            return Reply.json(400, map("code", 4, "message", "duplicate order_id"));
        }
        if (!b.path("amount").isIntegralNumber() || b.path("amount").asLong() <= 0) {
            return Reply.json(400, map("code", 5, "message", "amount must be a positive integer"));
        }
        for (String url : List.of("return_url", "cancel_url", "notif_url")) {
            String v = b.path(url).asString("");
            if (v.isEmpty() || v.length() > 120) {
                return Reply.json(400, map("code", 6, "message", url + " required, 120 chars max"));
            }
        }
        if (b.path("reference").asString("").length() > 30 || !List.of("fr", "en").contains(b.path("lang").asString(""))) {
            return Reply.json(400, map("code", 7, "message", "reference ≤ 30, lang fr|en"));
        }
        String payToken = hex(16);
        String notifToken = hex(16);
        payments.put(payToken, new ConcurrentHashMap<>(map("order_id", orderId, "amount", b.path("amount").asLong(), "notif_token", notifToken,
                "notif_url", b.path("notif_url").asString(), "status", "INITIATED")));
        return Reply.json(201, map("status", 201, "message", "OK", "pay_token", payToken,
                "payment_url", "https://webpayment-qualif.orange-money.com/payment/pay_token/" + payToken, "notif_token", notifToken));
    }

    private Reply status(Request r) {
        if (!bearer(r)) {
            return Reply.json(401, map("code", 42, "message", "Expired credentials"));
        }
        JsonNode b = r.json();
        var p = payments.get(b.path("pay_token").asString(""));
        if (p == null || !p.get("order_id").equals(b.path("order_id").asString()) || (long) p.get("amount") != b.path("amount").asLong(-1)) {
            return Reply.json(400, map("code", 8, "message", "order_id, amount and pay_token do not match"));
        }
        return Reply.json(201, map("status", p.get("status"), "order_id", p.get("order_id"), "txnid", p.get("txnid")));
    }

    // ---- hooks -------------------------------------------------------------------------------------------------------

    /** The payer approves on the payment page: SUCCESS, then the notification. Returns our service's HTTP status. */
    public int approve(String payToken) {
        var p = payments.get(payToken);
        p.put("status", "SUCCESS");
        p.put("txnid", "MP" + hex(6).toUpperCase());
        return notify(payToken, (String) p.get("notif_token"));
    }

    public int decline(String payToken) {
        payments.get(payToken).put("status", "FAILED");
        return notify(payToken, (String) payments.get(payToken).get("notif_token"));
    }

    /** Sends the notification for a payment with the given token (a wrong one to test forgeries). */
    public int notify(String payToken, String notifToken) {
        var p = payments.get(payToken);
        Map<String, Object> body = map("status", p.get("status"), "notif_token", notifToken, "txnid", p.get("txnid"));
        URI notif = URI.create((String) p.get("notif_url"));
        try {
            var req = HttpRequest.newBuilder(URI.create(deliverTo + notif.getRawPath())).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Object> payment(String payToken) {
        return payments.get(payToken);
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static {
        UUID.randomUUID(); // warm the RNG
    }
}
