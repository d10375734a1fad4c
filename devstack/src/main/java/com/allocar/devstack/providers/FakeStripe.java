package com.allocar.devstack.providers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stripe PaymentIntents + Refunds, checking what payment-providers.md §4.7 lists: secret key by Bearer or Basic
 * (401 invalid_request_error), form-encoded bodies with bracket keys, positive integer amount, lower-case currency;
 * an idempotency layer (same key + same params → stored answer with Idempotent-Replayed; other params → 400
 * idempotency_error; validation failures not stored); refunds only of succeeded intents, never above the amount
 * received. Webhooks signed {@code Stripe-Signature: t=…,v1=HMAC(whsec, t + "." + body)}, delivered to the endpoint
 * registered in Stripe's dashboard ({@link #webhookUrl(String)}).
 * <p>
 * Dev endpoints (the card holder confirming with Stripe.js): {@code POST /_dev/payment_intents/{id}/succeed|decline}
 * changes the intent and delivers the signed {@code payment_intent.succeeded|payment_failed} event; answers
 * {@code {payment_intent, webhook: {url, status, body, …}}}.
 */
public final class FakeStripe extends FakeServer {

    private final String secretKey;
    private final String webhookSecret;
    private final Map<String, Map<String, Object>> intents = new ConcurrentHashMap<>();
    private final Map<String, Object[]> idempotency = new ConcurrentHashMap<>(); // key → {paramsHash, Reply}
    private final Map<String, Long> refunded = new ConcurrentHashMap<>();
    private volatile String webhookUrl;

    FakeStripe(String secretKey, String webhookSecret) {
        super("/stripe");
        this.secretKey = secretKey;
        this.webhookSecret = webhookSecret;
        route("POST", "/v1/payment_intents", r -> idempotent(r, this::createIntent));
        route("GET", "/v1/payment_intents/(pi_[A-Za-z0-9]+)", r -> {
            if (!authorized(r)) {
                return unauthorized();
            }
            var pi = intents.get(r.params().getFirst());
            return pi == null ? Reply.json(404, error("invalid_request_error", "resource_missing", "No such payment_intent")) : Reply.json(200, pi);
        });
        route("POST", "/v1/refunds", r -> idempotent(r, this::refund));
        route("POST", "/v1/payment_intents/(pi_[A-Za-z0-9]+)/cancel", r -> idempotent(r, form -> {
            var pi = intents.get(r.params().getFirst());
            if (pi == null) {
                return Reply.json(404, error("invalid_request_error", "resource_missing", "No such payment_intent"));
            }
            if ("succeeded".equals(pi.get("status")) || "canceled".equals(pi.get("status"))) {
                return Reply.json(400, error("invalid_request_error", "payment_intent_unexpected_state", "cannot cancel " + pi.get("status")));
            }
            pi.put("status", "canceled");
            return Reply.json(200, pi);
        }));
        route("POST", "/_dev/payment_intents/(pi_[A-Za-z0-9]+)/(succeed|decline)", r -> {
            String id = r.params().getFirst();
            var pi = intents.get(id);
            if (pi == null) {
                throw new DevError(404, "resource_missing", "No such payment_intent " + id);
            }
            if (!"requires_payment_method".equals(pi.get("status"))) {
                throw new DevError(409, "payment_intent_unexpected_state", "payment intent is " + pi.get("status"));
            }
            String body = "succeed".equals(r.params().get(1)) ? succeed(id) : decline(id);
            return Reply.json(200, map("payment_intent", pi, "webhook", delivery(body, signature(body, Instant.now().getEpochSecond()))));
        });
    }

    public void webhookUrl(String url) {
        this.webhookUrl = url;
    }

    private interface Op {
        Reply apply(Map<String, String> form);
    }

    private Reply idempotent(Request r, Op op) {
        if (!authorized(r)) {
            return unauthorized();
        }
        if (!String.valueOf(r.header("Content-Type")).startsWith("application/x-www-form-urlencoded")) {
            return Reply.json(400, error("invalid_request_error", "parameter_invalid", "form-encoded bodies only"));
        }
        Map<String, String> form = new TreeMap<>(r.form());
        String key = r.header("Idempotency-Key");
        String hash = r.path() + form;
        if (key != null && idempotency.containsKey(key)) {
            Object[] stored = idempotency.get(key);
            if (!stored[0].equals(hash)) {
                return Reply.json(400, error("idempotency_error", null,
                        "Keys for idempotent requests can only be used with the same parameters they were first used with."));
            }
            Reply first = (Reply) stored[1];
            return new Reply(first.status(), first.body(), Map.of("Idempotent-Replayed", "true"));
        }
        Reply reply = op.apply(form);
        if (key != null && reply.status() != 400) { // validation failures are not stored
            idempotency.put(key, new Object[] {hash, reply});
        }
        return reply;
    }

    private Reply createIntent(Map<String, String> form) {
        long amount;
        try {
            amount = Long.parseLong(form.getOrDefault("amount", ""));
        } catch (NumberFormatException e) {
            return Reply.json(400, error("invalid_request_error", "parameter_invalid_integer", "amount must be an integer"));
        }
        String currency = form.getOrDefault("currency", "");
        if (amount <= 0 || !currency.matches("[a-z]{3}")) {
            return Reply.json(400, error("invalid_request_error", "parameter_invalid", "positive amount, lower-case currency"));
        }
        String id = "pi_" + rand();
        Map<String, Object> pi = new ConcurrentHashMap<>();
        pi.put("id", id);
        pi.put("object", "payment_intent");
        pi.put("amount", amount);
        pi.put("amount_received", 0);
        pi.put("currency", currency);
        pi.put("status", "requires_payment_method");
        pi.put("client_secret", id + "_secret_" + rand());
        pi.put("livemode", false);
        Map<String, Object> metadata = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("metadata[")) {
                metadata.put(k.substring(9, k.length() - 1), v);
            }
        });
        pi.put("metadata", metadata);
        intents.put(id, pi);
        return Reply.json(200, pi);
    }

    private Reply refund(Map<String, String> form) {
        var pi = intents.get(form.getOrDefault("payment_intent", ""));
        if (pi == null) {
            return Reply.json(400, error("invalid_request_error", "resource_missing", "No such payment_intent"));
        }
        if (!"succeeded".equals(pi.get("status"))) {
            return Reply.json(400, error("invalid_request_error", "charge_not_refundable", "payment intent has not succeeded"));
        }
        long received = ((Number) pi.get("amount_received")).longValue();
        long amount = form.containsKey("amount") ? Long.parseLong(form.get("amount")) : received - refunded.getOrDefault(pi.get("id"), 0L);
        if (amount <= 0 || refunded.getOrDefault(pi.get("id"), 0L) + amount > received) {
            return Reply.json(400, error("invalid_request_error", "charge_already_refunded", "refund exceeds the amount received"));
        }
        refunded.merge((String) pi.get("id"), amount, Long::sum);
        return Reply.json(200, map("id", "re_" + rand(), "object", "refund", "amount", amount, "currency", pi.get("currency"),
                "payment_intent", pi.get("id"), "status", "succeeded"));
    }

    // ---- hooks -------------------------------------------------------------------------------------------------------

    public String succeed(String piId) {
        var pi = intents.get(piId);
        pi.put("status", "succeeded");
        pi.put("amount_received", pi.get("amount"));
        pi.put("latest_charge", "ch_" + rand());
        return event("payment_intent.succeeded", pi);
    }

    /** A declined attempt: the intent goes back to requires_payment_method with last_payment_error. */
    public String decline(String piId) {
        var pi = intents.get(piId);
        pi.put("status", "requires_payment_method");
        pi.put("last_payment_error", map("code", "card_declined", "decline_code", "insufficient_funds", "type", "card_error"));
        return event("payment_intent.payment_failed", pi);
    }

    public String status(String piId) {
        return (String) intents.get(piId).get("status");
    }

    public long refundedAmount(String piId) {
        return refunded.getOrDefault(piId, 0L);
    }

    public String event(String type, Map<String, Object> object) {
        return JSON.writeValueAsString(map("id", "evt_" + rand(), "object", "event", "type", type, "created", Instant.now().getEpochSecond(),
                "livemode", false, "api_version", "2025-10-29", "data", map("object", new LinkedHashMap<>(object)),
                "pending_webhooks", 1));
    }

    public String signature(String body, long t, String... secrets) {
        StringBuilder sb = new StringBuilder("t=").append(t);
        for (String s : secrets.length == 0 ? new String[] {webhookSecret} : secrets) {
            sb.append(",v1=").append(FakeWave.hmac(s, t + "." + body));
        }
        return sb.append(",v0=").append("0".repeat(64)).toString();
    }

    public int deliver(String body, String signature) {
        return delivery(body, signature).status();
    }

    private Delivery delivery(String body, String signature) {
        return send("POST", webhookUrl, body, Map.of("Content-Type", "application/json; charset=utf-8", "Stripe-Signature", signature));
    }

    public int deliver(String body) {
        return deliver(body, signature(body, Instant.now().getEpochSecond()));
    }

    private boolean authorized(Request r) {
        String auth = r.header("Authorization");
        String basic = "Basic " + Base64.getEncoder().encodeToString((secretKey + ":").getBytes(StandardCharsets.UTF_8));
        return ("Bearer " + secretKey).equals(auth) || basic.equals(auth);
    }

    private static Reply unauthorized() {
        return Reply.json(401, error("invalid_request_error", null, "Invalid API Key provided"));
    }

    private static Map<String, Object> error(String type, String code, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        e.put("code", code);
        e.put("message", message);
        return Map.of("error", e);
    }

    private static String rand() {
        return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }
}
