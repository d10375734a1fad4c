package com.allocar.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Orange's SMS API as our services meet it (developer.orange.com, SMS Côte d'Ivoire), checked like Orange:
 * <ul>
 * <li>{@code POST /oauth/v3/token}: {@code Authorization: Basic base64(client_id:client_secret)} of the configured
 * client, a form body {@code grant_type=client_credentials} → 200 {@code {"token_type":"Bearer","access_token":…,
 * "expires_in":"3600"}} (a string, like Orange's); 401 {@code {"error":"invalid_client",…}}; 400
 * {@code invalid_request} / {@code unsupported_grant_type};</li>
 * <li>{@code POST /smsmessaging/v1/outbound/{senderAddress}/requests}: a Bearer this fake issued and not expired
 * (else 401 {@code {"code":41|42,…}}); the path's sender URL-encoded exactly once ({@code tel%3A%2B2250000}) and equal
 * to the body's {@code senderAddress}, which must be the contract's ({@value #SENDER_ADDRESS}); {@code address}
 * {@code tel:+<E.164>}; {@code senderName} optional, at most 11 characters; the message not empty and at most
 * {@value #MAX_TEXT_LENGTH} characters; JSON → 201 with the request echoed and its {@code resourceURL}, whose last
 * segment is the id the dev inbox lists; 400 {@code {"requestError":{"serviceException":{"messageId":"SVC0002",
 * "text":"Invalid input value for message part %1","variables":<field>}}}}; 403 {@code policyException} once the
 * contract has no units left;</li>
 * <li>{@code GET /sms/admin/v1/contracts}: the one contract, its {@code availableUnits} down by one per SMS.</li>
 * </ul>
 */
final class FakeOrangeSms implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(FakeOrangeSms.class);

    static final String TOKEN_PATH = "/oauth/v3/token";
    static final String CONTRACTS_PATH = "/sms/admin/v1/contracts";
    /** The dev contract's country and sender address (Côte d'Ivoire: the country code followed by zeros). */
    static final String SENDER_ADDRESS = "tel:+2250000";
    static final String COUNTRY = "CIV";
    static final Duration TOKEN_LIFETIME = Duration.ofSeconds(3600);
    /** Enough for every test run and a long local session; the contracts call shows what is left. */
    static final long INITIAL_UNITS = 1_000_000;
    /** 6 concatenated GSM-7 segments of 153 characters. */
    static final int MAX_TEXT_LENGTH = 918;
    static final Pattern ADDRESS = Pattern.compile("^tel:(\\+[1-9]\\d{7,14})$");
    /** Alphanumeric sender name: at most 11 characters, at least one letter (GSM rules). */
    static final Pattern SENDER_NAME = Pattern.compile("^(?=.*[A-Za-z])[A-Za-z0-9 ._-]{1,11}$");
    private static final Pattern SEND = Pattern.compile("^/smsmessaging/v1/outbound/([^/]+)/requests$");
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One answer: status, JSON body, extra headers. */
    record Answer(int status, JsonNode body, Map<String, String> headers) {
        static Answer of(int status, JsonNode body) {
            return new Answer(status, body, Map.of());
        }
    }

    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private final SmsStore store;
    private final byte[] expectedBasic;
    private final String clientId;
    private final Clock clock;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final AtomicLong units;
    private final Instant contractCreated;

    FakeOrangeSms(SmsStore store, String clientId, String clientSecret) {
        this(store, clientId, clientSecret, Clock.systemUTC(), INITIAL_UNITS);
    }

    FakeOrangeSms(SmsStore store, String clientId, String clientSecret, Clock clock, long units) {
        this.store = store;
        this.clientId = clientId;
        this.expectedBasic = ("Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.units = new AtomicLong(units);
        this.contractCreated = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Serves Orange's three paths on {@code server}, beside the inbox. */
    void mount(HttpServer server) {
        server.createContext(TOKEN_PATH, this);
        server.createContext("/smsmessaging/", this);
        server.createContext("/sms/admin/", this);
    }

    long availableUnits() {
        return units.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            Answer answer = answer(exchange.getRequestMethod().toUpperCase(Locale.ROOT), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
                    body, "http://" + (host == null ? "127.0.0.1" : host));
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] out = json.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        } catch (RuntimeException e) {
            // the exchange is closed either way: the caller sees a broken answer, never a hang
            log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        }
    }

    /** What Orange would answer; {@code baseUrl} is the server's own address, for the {@code resourceURL}. */
    Answer answer(String method, String rawPath, String authorization, String contentType, byte[] body, String baseUrl) {
        if (rawPath.equals(TOKEN_PATH)) {
            return method.equals("POST") ? token(authorization, contentType, body) : notAllowed("POST");
        }
        if (rawPath.equals(CONTRACTS_PATH)) {
            return method.equals("GET") ? contracts(authorization) : notAllowed("GET");
        }
        Matcher send = SEND.matcher(rawPath);
        if (send.matches()) {
            return method.equals("POST") ? send(send.group(1), authorization, contentType, body, baseUrl) : notAllowed("POST");
        }
        return Answer.of(404, gatewayError(60, "Resource not found", "The requested URI or the requested resource does not exist."));
    }

    private Answer token(String authorization, String contentType, byte[] body) {
        if (authorization == null || !MessageDigest.isEqual(authorization.strip().getBytes(StandardCharsets.UTF_8), expectedBasic)) {
            String description = authorization != null && authorization.startsWith("Basic ")
                    ? "Unknown client '" + clientOf(authorization) + "' or wrong secret"
                    : "Client authentication is required: Authorization: Basic base64(client_id:client_secret)";
            return new Answer(401, oauthError("invalid_client", description), Map.of("WWW-Authenticate", "Basic realm=\"oauth\""));
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Answer.of(400, oauthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded"));
        }
        String grant;
        try {
            grant = form(new String(body, StandardCharsets.UTF_8)).get("grant_type");
        } catch (IllegalArgumentException e) {
            return Answer.of(400, oauthError("invalid_request", "malformed form body"));
        }
        if (grant == null) {
            return Answer.of(400, oauthError("invalid_request", "Missing grant_type parameter"));
        }
        if (!grant.equals("client_credentials")) {
            return Answer.of(400, oauthError("unsupported_grant_type", "grant_type must be client_credentials"));
        }
        Instant now = clock.instant();
        tokens.values().removeIf(expiry -> !expiry.isAfter(now));
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        tokens.put(token, now.plus(TOKEN_LIFETIME));
        return Answer.of(200, json.createObjectNode().put("token_type", "Bearer").put("access_token", token)
                .put("expires_in", String.valueOf(TOKEN_LIFETIME.toSeconds())));
    }

    /** Null when the bearer is one this fake issued and still valid, else Orange's 401. */
    private Answer unauthorized(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Answer.of(401, gatewayError(41, "Invalid credentials",
                    "The requested service needs credentials, but none were provided."));
        }
        Instant expiry = tokens.get(authorization.substring(7).strip());
        if (expiry == null) {
            return Answer.of(401, gatewayError(41, "Invalid credentials",
                    "The requested service needs credentials, but the ones provided were invalid."));
        }
        if (!expiry.isAfter(clock.instant())) {
            return Answer.of(401, gatewayError(42, "Expired credentials",
                    "The requested service needs credentials, and the ones provided were out-of-date."));
        }
        return null;
    }

    private Answer send(String rawSender, String authorization, String contentType, byte[] body, String baseUrl) {
        Answer refused = unauthorized(authorization);
        if (refused != null) {
            return refused;
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return invalid("Content-Type");
        }
        if (body.length > MAX_BODY_BYTES) {
            return invalid("body");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return invalid("body");
        }
        JsonNode request = root == null ? null : root.get("outboundSMSMessageRequest");
        if (request == null || !request.isObject()) {
            return invalid("outboundSMSMessageRequest");
        }
        String senderAddress = string(request, "senderAddress");
        // the path carries the sender URL-encoded once: "tel%3A%2B2250000"; "tel%253A…" (encoded twice) or a raw
        // "tel:+…" is not the same resource
        if (senderAddress == null || !senderAddress.equals(SENDER_ADDRESS)
                || !rawSender.equalsIgnoreCase(URLEncoder.encode(senderAddress, StandardCharsets.UTF_8))) {
            return invalid("senderAddress");
        }
        String address = string(request, "address");
        Matcher to = address == null ? null : ADDRESS.matcher(address);
        if (to == null || !to.matches()) {
            return invalid("address");
        }
        JsonNode name = request.get("senderName");
        if (name != null && !(name.isString() && SENDER_NAME.matcher(name.stringValue()).matches())) {
            return invalid("senderName");
        }
        JsonNode textMessage = request.get("outboundSMSTextMessage");
        String text = textMessage == null || !textMessage.isObject() ? null : string(textMessage, "message");
        if (text == null || text.isBlank() || text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            return invalid("message");
        }
        if (units.getAndUpdate(u -> u > 0 ? u - 1 : 0) <= 0) {
            ObjectNode e = json.createObjectNode();
            e.putObject("requestError").putObject("policyException").put("messageId", "POL0001")
                    .put("text", "A policy error occurred. Error code is %1").put("variables", "No more units in the contract");
            return Answer.of(403, e);
        }
        String from = name != null ? name.stringValue() : senderAddress;
        SmsStore.Sms stored = store.add(to.group(1), from, text);
        log.info("SMS {} from {} to {}: {}", stored.id(), from, stored.to(), text);
        String resource = baseUrl + "/smsmessaging/v1/outbound/" + rawSender + "/requests/" + stored.id();
        ObjectNode echo = json.createObjectNode();
        ObjectNode out = echo.putObject("outboundSMSMessageRequest");
        out.put("address", address).put("senderAddress", senderAddress);
        if (name != null) {
            out.put("senderName", name.stringValue());
        }
        out.putObject("outboundSMSTextMessage").put("message", text);
        out.put("resourceURL", resource);
        return new Answer(201, echo, Map.of("Location", resource));
    }

    private Answer contracts(String authorization) {
        Answer refused = unauthorized(authorization);
        if (refused != null) {
            return refused;
        }
        var list = json.createArrayNode();
        list.addObject().put("id", "dev-contract-" + COUNTRY.toLowerCase(Locale.ROOT)).put("developerId", "devstack")
                .put("applicationId", clientId).put("country", COUNTRY).put("offerName", "SMS_OCB")
                .put("availableUnits", units.get()).put("status", "ACTIVE")
                .put("expirationDate", contractCreated.plus(365, ChronoUnit.DAYS).toString())
                .put("creationDate", contractCreated.toString());
        return Answer.of(200, list);
    }

    private Answer invalid(String part) {
        ObjectNode e = json.createObjectNode();
        e.putObject("requestError").putObject("serviceException").put("messageId", "SVC0002")
                .put("text", "Invalid input value for message part %1").put("variables", part);
        return Answer.of(400, e);
    }

    private Answer notAllowed(String allowed) {
        return new Answer(405, gatewayError(405, "Method not allowed", "use " + allowed), Map.of("Allow", allowed));
    }

    private ObjectNode gatewayError(int code, String message, String description) {
        return json.createObjectNode().put("code", code).put("message", message).put("description", description);
    }

    private ObjectNode oauthError(String error, String description) {
        return json.createObjectNode().put("error", error).put("error_description", description);
    }

    private static String clientOf(String basic) {
        try {
            String decoded = new String(Base64.getDecoder().decode(basic.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
