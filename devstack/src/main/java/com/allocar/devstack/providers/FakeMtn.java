package com.allocar.devstack.providers;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * MTN MoMo Collection (sandbox), checking what payment-providers.md §2.8 lists: subscription key on every request,
 * token by Basic apiUser:apiKey, Bearer on calls, X-Target-Environment = sandbox, X-Reference-Id a UUID v4 (reused →
 * 409 RESOURCE_ALREADY_EXIST), X-Callback-Url host = the registered providerCallbackHost (else 400
 * INVALID_CALLBACK_URL_HOST), amount a numeric string, currency EUR in sandbox, partyIdType enum, MSISDN digits only;
 * POST → 202 empty; GET status PENDING → SUCCESSFUL | FAILED by the sandbox MSISDN table; unknown → 404. The callback
 * is sent once, unsigned, with PUT — or dropped, to test polling.
 * <p>
 * Dev endpoint (the payer answering the USSD prompt on their phone): {@code POST /_dev/requesttopay/{ref}/approve}
 * settles the request by the sandbox MSISDN table and PUTs the callback to the callback base URL + the path and query
 * of the X-Callback-Url received; answers {@code {request, callback: {url, status, body, …}}}.
 */
public final class FakeMtn extends FakeServer {

    private static final Pattern UUID_V4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final String subscriptionKey;
    private final String apiUser;
    private final String apiKey;
    private final String callbackHost;
    private final Map<String, String> tokens = new ConcurrentHashMap<>(); // token → product
    private final Map<String, Map<String, Object>> transfers = new ConcurrentHashMap<>();
    private volatile String disbursementKey;
    private volatile String disbursementUser;
    private volatile String disbursementSecret;
    private final Map<String, Map<String, Object>> requests = new ConcurrentHashMap<>();
    private final Map<String, String> callbacks = new ConcurrentHashMap<>();
    private volatile String deliverTo;

    FakeMtn(String subscriptionKey, String apiUser, String apiKey, String callbackHost) {
        super("/mtn");
        this.subscriptionKey = subscriptionKey;
        this.apiUser = apiUser;
        this.apiKey = apiKey;
        this.callbackHost = callbackHost;
        route("POST", "/collection/token/", r -> token(r, "collection", subscriptionKey, apiUser, apiKey));
        route("POST", "/disbursement/token/", r -> token(r, "disbursement", disbursementKey, disbursementUser, disbursementSecret));
        route("POST", "/disbursement/v1_0/transfer", this::transfer);
        route("GET", "/disbursement/v1_0/transfer/([^/]+)", r -> {
            if (!authorized(r, "disbursement", disbursementKey)) {
                return Reply.json(401, map("statusCode", 401, "message", "Access denied"));
            }
            var t = transfers.get(r.params().getFirst());
            return t == null ? Reply.json(404, map("code", "RESOURCE_NOT_FOUND", "message", "Requested resource was not found."))
                    : Reply.json(200, t);
        });
        route("POST", "/collection/v1_0/requesttopay", this::requestToPay);
        route("GET", "/collection/v1_0/requesttopay/([^/]+)", r -> {
            if (!authorized(r, "collection", subscriptionKey)) {
                return Reply.json(401, map("statusCode", 401, "message", "Access denied"));
            }
            var p = requests.get(r.params().getFirst());
            return p == null ? Reply.json(404, map("code", "RESOURCE_NOT_FOUND", "message", "Requested resource was not found."))
                    : Reply.json(200, p);
        });
        route("POST", "/_dev/requesttopay/([^/]+)/approve", r -> {
            String ref = r.params().getFirst();
            var p = requests.get(ref);
            if (p == null) {
                throw new DevError(404, "RESOURCE_NOT_FOUND", "no request to pay " + ref);
            }
            if (!"PENDING".equals(p.get("status"))) {
                throw new DevError(409, "NOT_PENDING", "request is " + p.get("status"));
            }
            settle(p, ref);
            Delivery callback = callbacks.containsKey(ref) && !"PENDING".equals(p.get("status")) ? callbackDelivery(ref, JSON.writeValueAsString(p)) : null;
            return Reply.json(200, map("request", p, "callback", callback));
        });
    }

    public void deliverTo(String baseUrl) {
        this.deliverTo = baseUrl;
    }

    /** Provisions the Disbursement product (its own subscription key and API user). */
    public void disbursement(String subscriptionKey, String user, String key) {
        this.disbursementKey = subscriptionKey;
        this.disbursementUser = user;
        this.disbursementSecret = key;
    }

    private Reply token(Request r, String product, String subKey, String user, String key) {
        if (subKey == null || !subKey.equals(r.header("Ocp-Apim-Subscription-Key"))) {
            return Reply.json(401, map("statusCode", 401, "message", "Access denied due to invalid subscription key."));
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(r.header("Authorization"))) {
            return Reply.json(401, map("error", "login_failed"));
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, product);
        return Reply.json(200, map("access_token", token, "token_type", "access_token", "expires_in", 3600));
    }

    /** Subscription key of the product, a Bearer token issued for that product, the sandbox environment. */
    private boolean authorized(Request r, String product, String subKey) {
        String auth = r.header("Authorization");
        return subKey != null && subKey.equals(r.header("Ocp-Apim-Subscription-Key")) && auth != null && auth.startsWith("Bearer ")
                && product.equals(tokens.get(auth.substring(7))) && "sandbox".equals(r.header("X-Target-Environment"));
    }

    private Reply transfer(Request r) {
        if (!authorized(r, "disbursement", disbursementKey)) {
            return Reply.json(401, map("statusCode", 401, "message", "Access denied"));
        }
        String ref = r.header("X-Reference-Id");
        if (ref == null || !UUID_V4.matcher(ref).matches()) {
            return Reply.json(400, map("code", "INVALID_REFERENCE_ID", "message", "X-Reference-Id must be a UUID v4"));
        }
        if (transfers.containsKey(ref)) {
            return Reply.json(409, map("code", "RESOURCE_ALREADY_EXIST", "message", "Duplicated reference id."));
        }
        JsonNode b = r.json();
        if (!b.path("amount").isString() || !NUMERIC.matcher(b.path("amount").asString()).matches()) {
            return Reply.json(400, map("code", "INVALID_AMOUNT", "message", "amount must be a numeric string"));
        }
        if (!"EUR".equals(b.path("currency").asString(""))) {
            return Reply.json(500, map("code", "INVALID_CURRENCY", "message", "Currency not supported."));
        }
        String payee = b.path("payee").path("partyId").asString("");
        if (!"MSISDN".equals(b.path("payee").path("partyIdType").asString("")) || !payee.matches("[0-9]+")) {
            return Reply.json(400, map("code", "INVALID_PAYEE", "message", "invalid payee"));
        }
        Map<String, Object> t = new ConcurrentHashMap<>(map("amount", b.path("amount").asString(), "currency", "EUR",
                "externalId", b.path("externalId").asString(""), "payee", map("partyIdType", "MSISDN", "partyId", payee),
                "payerMessage", b.path("payerMessage").asString(""), "payeeNote", b.path("payeeNote").asString("")));
        // sandbox table: the failure number fails, anything else succeeds at once
        if ("46733123450".equals(payee)) {
            t.put("status", "FAILED");
            t.put("reason", "PAYEE_NOT_FOUND");
        } else {
            t.put("status", "SUCCESSFUL");
            t.put("financialTransactionId", String.valueOf(Math.abs(ref.hashCode())));
        }
        transfers.put(ref, t);
        return Reply.empty(202);
    }

    public Map<String, Object> transfer(String ref) {
        return transfers.get(ref);
    }

    private Reply requestToPay(Request r) {
        if (!authorized(r, "collection", subscriptionKey)) {
            return Reply.json(401, map("statusCode", 401, "message", "Access denied"));
        }
        String ref = r.header("X-Reference-Id");
        if (ref == null || !UUID_V4.matcher(ref).matches()) {
            return Reply.json(400, map("code", "INVALID_REFERENCE_ID", "message", "X-Reference-Id must be a UUID v4"));
        }
        if (requests.containsKey(ref)) {
            return Reply.json(409, map("code", "RESOURCE_ALREADY_EXIST", "message", "Duplicated reference id."));
        }
        String callback = r.header("X-Callback-Url");
        if (callback != null && (callback.isBlank() || !callbackHost.equals(URI.create(callback).getHost()))) {
            return Reply.json(400, map("code", "INVALID_CALLBACK_URL_HOST", "message", "Callback URL with host does not match"));
        }
        JsonNode b = r.json();
        if (!b.path("amount").isString() || !NUMERIC.matcher(b.path("amount").asString()).matches()) {
            return Reply.json(400, map("code", "INVALID_AMOUNT", "message", "amount must be a numeric string"));
        }
        if (!"EUR".equals(b.path("currency").asString(""))) {
            return Reply.json(500, map("code", "INVALID_CURRENCY", "message", "Currency not supported."));
        }
        JsonNode payer = b.path("payer");
        if (!List.of("MSISDN", "EMAIL", "PARTY_CODE").contains(payer.path("partyIdType").asString(""))
                || ("MSISDN".equals(payer.path("partyIdType").asString()) && !payer.path("partyId").asString("").matches("[0-9]+"))) {
            return Reply.json(400, map("code", "INVALID_PAYER", "message", "invalid payer"));
        }
        Map<String, Object> p = new ConcurrentHashMap<>(map("amount", b.path("amount").asString(), "currency", "EUR",
                "externalId", b.path("externalId").asString(""), "payer", map("partyIdType", payer.path("partyIdType").asString(),
                        "partyId", payer.path("partyId").asString()), "payerMessage", b.path("payerMessage").asString(""),
                "payeeNote", b.path("payeeNote").asString(""), "status", "PENDING"));
        requests.put(ref, p);
        if (callback != null) {
            callbacks.put(ref, callback);
        }
        return Reply.empty(202);
    }

    // ---- hooks -------------------------------------------------------------------------------------------------------

    /** The payer answers on the phone; the outcome follows the sandbox MSISDN table. Sends the callback unless dropped. */
    public int complete(String ref, boolean sendCallback) {
        var p = requests.get(ref);
        if (!settle(p, ref)) {
            return 0; // stays pending
        }
        return sendCallback ? callback(ref, JSON.writeValueAsString(p)) : 0;
    }

    /** The sandbox MSISDN table; false when the request stays pending. */
    private static boolean settle(Map<String, Object> p, String ref) {
        @SuppressWarnings("unchecked")
        String msisdn = ((Map<String, Object>) p.get("payer")).get("partyId").toString();
        switch (msisdn) {
            case "46733123450" -> fail(p, "INTERNAL_PROCESSING_ERROR");
            case "46733123451" -> fail(p, "APPROVAL_REJECTED");
            case "46733123454" -> {
                return false;
            }
            default -> {
                p.put("status", "SUCCESSFUL");
                p.put("financialTransactionId", String.valueOf(Math.abs(ref.hashCode())));
            }
        }
        return true;
    }

    private static void fail(Map<String, Object> p, String reason) {
        p.put("status", "FAILED");
        p.put("reason", reason);
    }

    /** PUTs a callback body (possibly forged) to the X-Callback-Url of {@code ref}. */
    public int callback(String ref, String body) {
        return callbackDelivery(ref, body).status();
    }

    private Delivery callbackDelivery(String ref, String body) {
        URI cb = URI.create(callbacks.get(ref));
        String url = deliverTo == null ? null : deliverTo + cb.getRawPath() + (cb.getRawQuery() == null ? "" : "?" + cb.getRawQuery());
        return send("PUT", url, body, Map.of("Content-Type", "application/json"));
    }

    public Map<String, Object> request(String ref) {
        return requests.get(ref);
    }
}
