package com.allocar.devstack.providers;

import java.net.URI;
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
 * <p>
 * Dev endpoints (the payer's side): {@code GET /_dev/pay/{pay_token}} is the {@code payment_url} (HTML page),
 * {@code POST /_dev/pay/{pay_token}/approve|decline} settles it and POSTs the notification; they answer
 * {@code {payment, notification: {url, status, body, …}}}. Notifications go to the callback base URL + the path of
 * the notif_url received ({@link #deliverTo(String)}).
 */
public final class FakeOrange extends FakeServer {

    private final String clientId;
    private final String clientSecret;
    private final String merchantKey;
    private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> payments = new ConcurrentHashMap<>(); // by pay_token
    private volatile String deliverTo;

    FakeOrange(String clientId, String clientSecret, String merchantKey) {
        super("/orange");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.merchantKey = merchantKey;
        route("POST", "/oauth/v3/token", this::token);
        route("POST", "/orange-money-webpay/dev/v1/webpayment", this::webpayment);
        route("POST", "/orange-money-webpay/dev/v1/transactionstatus", this::status);
        // ---- dev endpoints: the payer on Orange's hosted payment page
        route("GET", "/_dev/pay/([0-9a-f]+)", r -> {
            var p = existing(r.params().getFirst());
            String base = baseUrl() + "/_dev/pay/" + r.params().getFirst();
            return Reply.html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Orange Money (fake)</title></head>"
                    + "<body style=\"font-family:system-ui;max-width:480px;margin:40px auto\"><h1>Orange Money WebPay (devstack fake)</h1>"
                    + "<p>Order " + escape(p.get("order_id")) + ": <b>" + escape(p.get("amount")) + "</b> — " + escape(p.get("status")) + "</p>"
                    + ("INITIATED".equals(p.get("status")) ? "<form method=\"post\" action=\"" + escape(base + "/approve")
                            + "\"><button>Approve</button></form><form method=\"post\" action=\"" + escape(base + "/decline")
                            + "\"><button>Decline</button></form>" : "") + "</body></html>");
        });
        route("POST", "/_dev/pay/([0-9a-f]+)/(approve|decline)", r -> {
            var p = existing(r.params().getFirst());
            if (!"INITIATED".equals(p.get("status"))) {
                throw new DevError(409, "not_initiated", "payment is " + p.get("status"));
            }
            String token = r.params().getFirst();
            if ("approve".equals(r.params().get(1))) {
                settle(token, true);
            } else {
                settle(token, false);
            }
            return Reply.json(200, map("payment", p, "notification", notification(token, (String) p.get("notif_token"))));
        });
    }

    private Map<String, Object> existing(String payToken) {
        var p = payments.get(payToken);
        if (p == null) {
            throw new DevError(404, "not_found", "no payment with pay_token " + payToken);
        }
        return p;
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
                "payment_url", paymentPageUrl(payToken), "notif_token", notifToken));
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

    /** The payer's page for a payment: its {@code payment_url} (webpayment.orange-money.com for real). */
    public String paymentPageUrl(String payToken) {
        return baseUrl() + "/_dev/pay/" + payToken;
    }

    private void settle(String payToken, boolean approved) {
        var p = payments.get(payToken);
        if (approved) {
            p.put("status", "SUCCESS");
            p.put("txnid", "MP" + hex(6).toUpperCase());
        } else {
            p.put("status", "FAILED");
        }
    }

    /** The payer approves on the payment page: SUCCESS, then the notification. Returns our service's HTTP status. */
    public int approve(String payToken) {
        settle(payToken, true);
        return notify(payToken, (String) payments.get(payToken).get("notif_token"));
    }

    public int decline(String payToken) {
        settle(payToken, false);
        return notify(payToken, (String) payments.get(payToken).get("notif_token"));
    }

    /** Sends the notification for a payment with the given token (a wrong one to test forgeries). */
    public int notify(String payToken, String notifToken) {
        return notification(payToken, notifToken).status();
    }

    private Delivery notification(String payToken, String notifToken) {
        var p = payments.get(payToken);
        Map<String, Object> body = map("status", p.get("status"), "notif_token", notifToken, "txnid", p.get("txnid"));
        URI notif = URI.create((String) p.get("notif_url"));
        return send("POST", deliverTo == null ? null : deliverTo + notif.getRawPath(), JSON.writeValueAsString(body),
                Map.of("Content-Type", "application/json"));
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
