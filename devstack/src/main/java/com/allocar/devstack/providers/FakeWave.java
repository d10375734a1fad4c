package com.allocar.devstack.providers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

/**
 * Wave's Checkout + Payout API, checking requests the way the real one does (reference: payment-providers.md §1.5):
 * Bearer API key (401 otherwise); create: amount a JSON <b>string</b>, no decimals for XOF, currency, success_url,
 * error_url required and HTTPS, restrict_payer_mobile E.164 (400 request-validation-error otherwise); sessions
 * {@code cos-…} open/processing, ~30 min expiry; Idempotency-Key replays; refund only of succeeded sessions (second
 * refund a no-op 200); expire 409/404; payouts need {@code idempotency-key} and replay the same payout.
 * Hooks pay/fail a session and build webhooks signed like Wave's "signing secret" strategy:
 * {@code Wave-Signature: t=<unix>,v1=hex(HMAC_SHA256(secret, t + body))}, delivered to the webhook URL registered
 * in Wave's business portal ({@link #webhookUrl(String)}).
 * <p>
 * Dev endpoints (not Wave's API; what the payer does on pay.wave.com): {@code GET /_dev/checkout/{id}} is the
 * session's {@code wave_launch_url} (an HTML page), {@code POST /_dev/checkout/{id}/pay} completes it and delivers
 * the signed {@code checkout.session.completed} webhook, {@code POST /_dev/checkout/{id}/fail?code=} delivers
 * {@code checkout.session.payment_failed}; both answer {@code {session, webhook: {url, status, body, headers,
 * sent_at_epoch_ms, answered_in_ms}}}. {@code GET /_dev/payouts} lists the payouts received.
 */
public final class FakeWave extends FakeServer {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]{1,2})?");

    private final String apiKey;
    private final String webhookSecret;
    private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> sessionByIdempotencyKey = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> payouts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refundCalls = new ConcurrentHashMap<>();
    private final AtomicInteger failNextCreates = new AtomicInteger();
    private final AtomicInteger failNextRefunds = new AtomicInteger();
    private volatile String webhookUrl;

    FakeWave(String apiKey, String webhookSecret) {
        super("/wave");
        this.apiKey = apiKey;
        this.webhookSecret = webhookSecret;
        route("POST", "/v1/checkout/sessions", this::create);
        route("GET", "/v1/checkout/sessions/search", r -> authorized(r) ? Reply.json(200, Map.of("result",
                sessions.values().stream().filter(s -> r.query().get("client_reference").equals(s.get("client_reference"))).toList()))
                : unauthorized());
        route("GET", "/v1/checkout/sessions/(cos-[a-z0-9]+)", r -> {
            if (!authorized(r)) {
                return unauthorized();
            }
            var s = sessions.get(r.params().getFirst());
            return s == null ? notFound() : Reply.json(200, s);
        });
        route("POST", "/v1/checkout/sessions/(cos-[a-z0-9]+)/refund", this::refund);
        route("POST", "/v1/checkout/sessions/(cos-[a-z0-9]+)/expire", this::expire);
        route("POST", "/v1/payout", this::payout);
        route("GET", "/v1/payout/(pt-[a-z0-9]+)", r -> {
            if (!authorized(r)) {
                return unauthorized();
            }
            return payouts.values().stream().filter(p -> r.params().getFirst().equals(p.get("id"))).findFirst()
                    .map(p -> Reply.json(200, p)).orElseGet(FakeWave::notFound);
        });
        // ---- dev endpoints: the payer's side of pay.wave.com
        route("GET", "/_dev/checkout/(cos-[a-z0-9]+)", r -> Reply.html(checkoutPage(existing(r.params().getFirst()))));
        route("POST", "/_dev/checkout/(cos-[a-z0-9]+)/pay", r -> {
            var s = existing(r.params().getFirst());
            if (!"open".equals(s.get("checkout_status"))) {
                throw new DevError(409, "checkout-session-not-open", "session is " + s.get("checkout_status"));
            }
            return Reply.json(200, map("session", s, "webhook", deliverSigned(pay(r.params().getFirst()))));
        });
        route("POST", "/_dev/checkout/(cos-[a-z0-9]+)/fail", r -> {
            var s = existing(r.params().getFirst());
            if (!"open".equals(s.get("checkout_status"))) {
                throw new DevError(409, "checkout-session-not-open", "session is " + s.get("checkout_status"));
            }
            String code = r.query().getOrDefault("code", "insufficient-funds");
            return Reply.json(200, map("session", s, "webhook", deliverSigned(failAttempt(r.params().getFirst(), code))));
        });
        route("GET", "/_dev/payouts", r -> Reply.json(200, payouts()));
    }

    private Map<String, Object> existing(String id) {
        var s = sessions.get(id);
        if (s == null) {
            throw new DevError(404, "checkout-session-not-found", "no session " + id);
        }
        return s;
    }

    private String checkoutPage(Map<String, Object> s) {
        String id = (String) s.get("id");
        boolean open = "open".equals(s.get("checkout_status"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Wave checkout (fake)</title></head>"
                + "<body style=\"font-family:system-ui;max-width:480px;margin:40px auto\"><h1>Wave (devstack fake)</h1>"
                + "<p>Pay <b>" + escape(s.get("amount")) + " " + escape(s.get("currency")) + "</b> to " + escape(s.get("business_name"))
                + "</p><p>Session " + escape(id) + ": " + escape(s.get("checkout_status")) + " / " + escape(s.get("payment_status")) + "</p>"
                + (open ? "<form method=\"post\" action=\"" + escape(baseUrl() + "/_dev/checkout/" + id + "/pay")
                        + "\"><button>Pay (sends the signed webhook)</button></form><form method=\"post\" action=\""
                        + escape(baseUrl() + "/_dev/checkout/" + id + "/fail") + "\"><button>Fail the attempt</button></form>" : "")
                + "</body></html>";
    }

    /** The payer's page for a session: its {@code wave_launch_url}. */
    public String checkoutPageUrl(String sessionId) {
        return baseUrl() + "/_dev/checkout/" + sessionId;
    }

    public void webhookUrl(String url) {
        this.webhookUrl = url;
    }

    /** The next {@code n} session creations answer 500 (provider down). */
    public void failNextCreates(int n) {
        failNextCreates.set(n);
    }

    /** The next {@code n} refunds answer 503 (provider down). */
    public void failNextRefunds(int n) {
        failNextRefunds.set(n);
    }

    private Reply create(Request r) {
        if (!authorized(r)) {
            return unauthorized();
        }
        if (failNextCreates.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Reply.json(500, Map.of("code", "internal-server-error", "message", "try again"));
        }
        JsonNode b;
        try {
            b = r.json();
        } catch (RuntimeException e) {
            return invalid("body is not JSON");
        }
        JsonNode amount = b.path("amount");
        if (!amount.isString()) {
            return invalid("amount must be a string");
        }
        String currency = b.path("currency").asString("");
        if (currency.isEmpty()) {
            return invalid("currency is required");
        }
        if (!("XOF".equals(currency) ? WHOLE : DECIMAL).matcher(amount.asString()).matches()) {
            return invalid("amount is not a valid amount for " + currency);
        }
        for (String url : List.of("success_url", "error_url")) {
            if (!b.path(url).asString("").startsWith("https://")) {
                return invalid(url + " must be an https URL");
            }
        }
        if (b.has("restrict_payer_mobile") && !E164.matcher(b.path("restrict_payer_mobile").asString("")).matches()) {
            return invalid("restrict_payer_mobile must be E.164");
        }
        String key = r.header("Idempotency-Key");
        if (key != null && sessionByIdempotencyKey.containsKey(key)) {
            return Reply.json(200, sessions.get(sessionByIdempotencyKey.get(key)));
        }
        String id = "cos-" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Instant now = Instant.now();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("amount", amount.asString());
        s.put("currency", currency);
        s.put("checkout_status", "open");
        s.put("payment_status", "processing");
        s.put("transaction_id", null);
        s.put("client_reference", b.path("client_reference").asString(null));
        s.put("business_name", "AlloCar");
        s.put("success_url", b.path("success_url").asString());
        s.put("error_url", b.path("error_url").asString());
        s.put("wave_launch_url", checkoutPageUrl(id)); // pay.wave.com/c/<id> for real; here the fake's own page
        s.put("when_created", now.toString());
        s.put("when_expires", now.plus(30, ChronoUnit.MINUTES).toString());
        s.put("when_completed", null);
        s.put("last_payment_error", null);
        sessions.put(id, s);
        if (key != null) {
            sessionByIdempotencyKey.put(key, id);
        }
        return Reply.json(200, s);
    }

    private Reply refund(Request r) {
        if (!authorized(r)) {
            return unauthorized();
        }
        if (failNextRefunds.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Reply.json(503, Map.of("code", "service-unavailable", "message", "try again"));
        }
        var s = sessions.get(r.params().getFirst());
        if (s == null) {
            return notFound();
        }
        if (!"succeeded".equals(s.get("payment_status"))) {
            return Reply.json(400, Map.of("code", "checkout-refund-failed", "message", "only succeeded sessions can be refunded"));
        }
        refundCalls.computeIfAbsent((String) s.get("id"), k -> new AtomicInteger()).incrementAndGet();
        s.put("refund_status", "refunded"); // a second refund is a no-op
        return Reply.empty(200);
    }

    private Reply expire(Request r) {
        if (!authorized(r)) {
            return unauthorized();
        }
        var s = sessions.get(r.params().getFirst());
        if (s == null) {
            return notFound();
        }
        if (!"open".equals(s.get("checkout_status"))) {
            return Reply.json(409, Map.of("code", "checkout-session-not-open", "message", "session is " + s.get("checkout_status")));
        }
        s.put("checkout_status", "expired");
        return Reply.empty(200);
    }

    private Reply payout(Request r) {
        if (!authorized(r)) {
            return unauthorized();
        }
        String key = r.header("idempotency-key");
        if (key == null || key.isBlank()) {
            return invalid("idempotency-key header is required");
        }
        if (payouts.containsKey(key)) {
            return Reply.json(200, payouts.get(key));
        }
        JsonNode b = r.json();
        if (!b.path("receive_amount").isString() || !WHOLE.matcher(b.path("receive_amount").asString()).matches()) {
            return invalid("receive_amount must be a string amount");
        }
        if (!E164.matcher(b.path("mobile").asString("")).matches() || !"XOF".equals(b.path("currency").asString(""))) {
            return invalid("mobile must be E.164 and currency XOF");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", "pt-" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36));
        p.put("currency", "XOF");
        p.put("receive_amount", b.path("receive_amount").asString());
        p.put("fee", "0");
        p.put("mobile", b.path("mobile").asString());
        p.put("name", b.path("name").asString(null));
        p.put("client_reference", b.path("client_reference").asString(null));
        // the test number +2250700000099 is refused (blocked account)
        p.put("status", b.path("mobile").asString().endsWith("0000099") ? "failed" : "succeeded");
        p.put("timestamp", Instant.now().toString());
        payouts.put(key, p);
        return Reply.json(200, p);
    }

    // ---- test hooks -------------------------------------------------------------------------------------------------

    public String webhookUrl() {
        return webhookUrl;
    }

    /** Every checkout session, in no order. */
    public List<Map<String, Object>> sessions() {
        return new ArrayList<>(sessions.values());
    }

    public Map<String, Object> session(String id) {
        return sessions.get(id);
    }

    public int refundCalls(String sessionId) {
        return refundCalls.getOrDefault(sessionId, new AtomicInteger()).get();
    }

    public List<Map<String, Object>> payouts() {
        return new ArrayList<>(payouts.values());
    }

    /** The payer pays: the session completes; returns the {@code checkout.session.completed} event body. */
    public String pay(String sessionId) {
        var s = sessions.get(sessionId);
        s.put("checkout_status", "complete");
        s.put("payment_status", "succeeded");
        s.put("transaction_id", "T_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toUpperCase());
        s.put("when_completed", Instant.now().toString());
        return event("checkout.session.completed", s);
    }

    /** A payment attempt fails: the session stays open with last_payment_error; returns the event body. */
    public String failAttempt(String sessionId, String code) {
        var s = sessions.get(sessionId);
        s.put("last_payment_error", Map.of("code", code, "message", "payment failed"));
        return event("checkout.session.payment_failed", s);
    }

    public String event(String type, Map<String, Object> data) {
        return JSON.writeValueAsString(map("id", "EV_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toUpperCase(),
                "type", type, "data", data));
    }

    public String signature(String body, long timestamp) {
        return "t=" + timestamp + ",v1=" + hmac(webhookSecret, timestamp + body);
    }

    public String signature(String body) {
        return signature(body, Instant.now().getEpochSecond());
    }

    /** Delivers a signed webhook as Wave does; returns the HTTP status our service answered. */
    public int deliver(String body) {
        return deliver(body, signature(body));
    }

    public int deliver(String body, String signatureHeader) {
        return deliver(body, signatureHeader, webhookUrl).status();
    }

    private Delivery deliverSigned(String body) {
        return deliver(body, signature(body), webhookUrl);
    }

    private static Delivery deliver(String body, String signatureHeader, String url) {
        return send("POST", url, body, Map.of("Content-Type", "application/json", "Wave-Signature", signatureHeader));
    }

    public static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean authorized(Request r) {
        String auth = r.header("Authorization");
        return auth != null && MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8), ("Bearer " + apiKey).getBytes(StandardCharsets.UTF_8));
    }

    private static Reply unauthorized() {
        return Reply.json(401, Map.of("code", "missing-auth-header", "message", "invalid API key"));
    }

    private static Reply notFound() {
        return Reply.json(404, Map.of("code", "checkout-session-not-found", "message", "not found"));
    }

    private static Reply invalid(String message) {
        return Reply.json(400, Map.of("code", "request-validation-error", "message", message));
    }
}
