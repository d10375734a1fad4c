package com.allocar.devstack.fcm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Firebase Cloud Messaging, checked like Google's (FCM HTTP v1 and the OAuth 2.0 token endpoint), mounted
 * under {@code /fcm} of devstack's HTTP server:
 * <ul>
 * <li>{@code POST /fcm/token}: the service-account JWT grant ({@link JwtGrant}) → {@code {access_token, expires_in:
 * 3599, token_type: Bearer}}; the key file {@code <dir>/fcm-service-account.json} names it as its {@code token_uri};</li>
 * <li>{@code POST /fcm/v1/projects/allocar-dev/messages:send}: a Bearer token this fake issued (else 401
 * UNAUTHENTICATED), the project, the message ({@link MessageCheck}), then the registration tokens that ask for an
 * error ({@link MagicToken}) → 200 {@code {"name":"projects/allocar-dev/messages/…"}};</li>
 * <li>{@code GET /api/push?token=} (JSON, newest first) and {@code DELETE /api/push}: what was accepted, for tests and
 * the dev inbox.</li>
 * </ul>
 * The key pair is drawn at every start: a service started against an earlier devstack must be restarted.
 */
public final class FakeFcm implements HttpHandler, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FakeFcm.class);

    public static final String PREFIX = "/fcm";
    public static final String TOKEN_PATH = PREFIX + "/token";
    public static final String PUSH_API = "/api/push";
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);
    private static final Pattern SEND = Pattern.compile("^" + PREFIX + "/v1/projects/([^/]+)/messages:send$");
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Reply(int status, JsonNode body, Map<String, String> headers) {
        static Reply of(int status, JsonNode body) {
            return new Reply(status, body, Map.of());
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;
    private final ServiceAccount account;
    private final Path keyFile;
    private final JwtGrant grant;
    private final MessageCheck check;
    private final PushStore store = new PushStore();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> sendsPerToken = new ConcurrentHashMap<>();
    private final AtomicInteger grants = new AtomicInteger();
    private final Clock clock;
    private volatile HttpServer own;
    private volatile ExecutorService ownExecutor;

    private FakeFcm(String serverUrl, Path dir, Clock clock) throws IOException {
        this.baseUrl = serverUrl + PREFIX;
        this.account = ServiceAccount.generate(serverUrl + TOKEN_PATH);
        this.keyFile = account.write(dir, json);
        this.grant = new JwtGrant(account, json);
        this.check = new MessageCheck(json);
        this.clock = clock;
    }

    /**
     * A fresh account and its key file in {@code dir}, to be {@link #mount mounted} on the server at {@code serverUrl}
     * (a 0.0.0.0 bind address is reached at 127.0.0.1).
     */
    public static FakeFcm create(String serverUrl, Path dir) throws IOException {
        return new FakeFcm(serverUrl.replace("//0.0.0.0:", "//127.0.0.1:"), dir, Clock.systemUTC());
    }

    /** The fake alone on a free loopback port (another module's tests). {@link #close()} stops it. */
    public static FakeFcm standalone(Path dir) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        FakeFcm fcm = create("http://127.0.0.1:" + server.getAddress().getPort(), dir);
        fcm.mount(server);
        fcm.own = server;
        fcm.ownExecutor = executor;
        server.start();
        return fcm;
    }

    /** Routes {@code /fcm/…} and {@code /api/push} of {@code server} here. */
    public void mount(HttpServer server) {
        server.createContext(PREFIX + "/", this);
        server.createContext(PUSH_API, this);
    }

    /** The service-account key file (what {@code allocar.notification.push.credentials} points at). */
    public Path keyFile() {
        return keyFile;
    }

    /** FCM's base URL here: {@code /v1/projects/{project}/messages:send} below it. */
    public String baseUrl() {
        return baseUrl;
    }

    public String tokenUri() {
        return account.tokenUri();
    }

    /** Newest first; only those sent to {@code target} (a registration token) when not null. */
    public java.util.List<PushStore.Push> pushes(String target) {
        return store.list(target);
    }

    /** Forgets the pushes (the refusal counts of {@code <kind>-<n>x-} tokens are kept: a cleared inbox is no new outage). */
    public void clear() {
        store.clear();
    }

    /** Every access token issued so far stops working, as when they expire (tests of the client's refresh). */
    public void revokeAccessTokens() {
        accessTokens.clear();
    }

    /** How many access tokens the token endpoint granted. */
    public int grantsIssued() {
        return grants.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = route(exchange);
            } catch (RuntimeException e) {
                log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                reply = Reply.of(500, new GoogleError(500, "INTERNAL", "Internal error encountered.", null, null, null).body(json));
            }
            write(exchange, reply);
        }
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (path.equals(TOKEN_PATH)) {
            return method.equals("POST") ? token(exchange) : notAllowed("POST");
        }
        Matcher send = SEND.matcher(path);
        if (send.matches()) {
            return method.equals("POST") ? send(exchange, send.group(1)) : notAllowed("POST");
        }
        if (path.equals(PUSH_API)) {
            return switch (method) {
                case "GET", "HEAD" -> Reply.of(200, list(query(exchange.getRequestURI().getRawQuery()).get("token")));
                case "DELETE" -> {
                    clear();
                    yield new Reply(204, null, Map.of());
                }
                default -> notAllowed("GET, DELETE");
            };
        }
        return Reply.of(404, new GoogleError(404, "NOT_FOUND", "The requested URL " + path + " was not found on this server.", null, null, null)
                .body(json));
    }

    // ------------------------------------------------------------------ OAuth 2.0 token endpoint

    private Reply token(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Reply.of(400, json.valueToTree(new JwtGrant.Refusal("invalid_request", "Invalid Content-Type: " + contentType
                    + " (expected application/x-www-form-urlencoded)").body()));
        }
        byte[] body = read(exchange);
        if (body == null) {
            return Reply.of(400, json.valueToTree(new JwtGrant.Refusal("invalid_request", "Request too large").body()));
        }
        Instant now = clock.instant();
        JwtGrant.Refusal refused = grant.check(query(new String(body, StandardCharsets.US_ASCII)), now);
        if (refused != null) {
            log.info("FCM token grant refused: {} ({})", refused.error(), refused.description());
            return Reply.of(400, json.valueToTree(refused.body()));
        }
        byte[] random = new byte[96];
        RANDOM.nextBytes(random);
        String accessToken = "ya29.c." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        accessTokens.values().removeIf(expiry -> expiry.isBefore(now));
        accessTokens.put(accessToken, now.plus(ACCESS_TOKEN_LIFETIME));
        grants.incrementAndGet();
        // Google answers 3599: the token lives an hour from its issue, a second is taken off for the round trip
        return Reply.of(200, json.createObjectNode().put("access_token", accessToken)
                .put("expires_in", ACCESS_TOKEN_LIFETIME.toSeconds() - 1).put("token_type", "Bearer"));
    }

    // ------------------------------------------------------------------ messages:send

    private Reply send(HttpExchange exchange, String project) throws IOException {
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return new Reply(401, new GoogleError(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 "
                    + "access token, login cookie or other valid authentication credential. See "
                    + "https://developers.google.com/identity/sign-in/web/devconsole-project.", null, null, null).body(json),
                    Map.of("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\""));
        }
        if (!ServiceAccount.PROJECT_ID.equals(project)) {
            return Reply.of(403, new GoogleError(403, "PERMISSION_DENIED", "Permission 'cloudmessaging.messages.create' denied on resource "
                    + "'//cloudresourcemanager.googleapis.com/projects/" + project + "' (or it may not exist).", null, null, null).body(json));
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return Reply.of(400, GoogleError.badField("", "Invalid JSON payload received. Unexpected token (Content-Type " + contentType
                    + ", expected application/json).").body(json));
        }
        byte[] body = read(exchange);
        if (body == null) {
            return Reply.of(400, GoogleError.invalidArgument("Request payload size exceeds the limit: " + MAX_BODY_BYTES + " bytes.").body(json));
        }
        JsonNode request;
        try {
            // as Google's JSON: with duplicate keys the last one wins (Jackson's default too)
            request = json.readTree(body);
        } catch (JacksonException e) {
            return Reply.of(400, GoogleError.badField("", "Invalid JSON payload received. " + e.getOriginalMessage()).body(json));
        }
        MessageCheck.Outcome outcome = check.check(request);
        if (outcome.refused() != null) {
            log.info("FCM message refused: {}", outcome.refused().message());
            return refusal(outcome.refused());
        }
        MessageCheck.Accepted m = outcome.accepted();
        if (m.validateOnly()) {
            return Reply.of(200, json.createObjectNode().put("name", "projects/" + project + "/messages/fake_message_id"));
        }
        if (m.token() != null) {
            var magic = MagicToken.of(m.token());
            if (magic.isPresent()) {
                int sends = sendsPerToken.computeIfAbsent(m.token(), t -> new AtomicInteger()).incrementAndGet();
                if (magic.get().times() == 0 || sends <= magic.get().times()) {
                    log.info("FCM push to {} refused as asked: {}", abbreviate(m.token()), magic.get().error().errorCode());
                    return refusal(magic.get().error());
                }
            }
        }
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        String name = "projects/" + project + "/messages/0:" + clock.millis() + "%" + HexFormat.of().formatHex(id);
        String target = m.token() != null ? m.token() : m.topic() != null ? m.topic() : m.condition();
        JsonNode notification = m.message().path("notification");
        Map<String, String> data = new LinkedHashMap<>();
        m.message().path("data").properties().forEach(e -> data.put(e.getKey(), e.getValue().stringValue()));
        store.add(new PushStore.Push(name, target, text(notification, "title"), text(notification, "body"), Map.copyOf(data),
                json.writeValueAsString(m.message()), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        log.info("FCM push {} to {}: {}", name, abbreviate(target), text(notification, "title"));
        return Reply.of(200, json.createObjectNode().put("name", name));
    }

    private boolean authorized(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        Instant expiry = accessTokens.get(header.substring(7).trim());
        return expiry != null && expiry.isAfter(clock.instant());
    }

    private Reply refusal(GoogleError e) {
        return new Reply(e.code(), e.body(json), e.retryAfter() == null ? Map.of() : Map.of("Retry-After", e.retryAfter()));
    }

    // ------------------------------------------------------------------ /api/push

    private ArrayNode list(String token) {
        ArrayNode out = json.createArrayNode();
        for (PushStore.Push p : store.list(token)) {
            ObjectNode row = out.addObject().put("name", p.name()).put("token", p.target()).put("title", p.title()).put("body", p.body());
            ObjectNode data = row.putObject("data");
            p.data().forEach(data::put);
            row.set("message", json.readTree(p.message()));
            row.put("received_at", p.receivedAt().toString());
        }
        return out;
    }

    // ------------------------------------------------------------------ plumbing

    private static byte[] read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    /** A form or a query string; a literal '+' in a value is a space, as in any form encoding. */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: the parameter is ignored, as a server's form parser would
            }
        }
        return params;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? v.stringValue() : null;
    }

    private static String abbreviate(String target) {
        return target == null || target.length() <= 24 ? target : target.substring(0, 12) + "…" + target.substring(target.length() - 8);
    }

    private Reply notAllowed(String allowed) {
        return new Reply(405, new GoogleError(405, "METHOD_NOT_ALLOWED", "Use " + allowed, null, null, null).body(json), Map.of("Allow", allowed));
    }

    private void write(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (reply.body() == null || reply.status() == 204) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] out = json.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(reply.status(), head ? -1 : out.length);
        if (!head) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
    }

    /** Stops the fake's own server when it runs {@link #standalone}; mounted, its host server stops it. */
    @Override
    public void close() {
        HttpServer server = own;
        if (server != null) {
            server.stop(0);
            ownExecutor.shutdownNow();
        }
    }
}
