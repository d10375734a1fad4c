package com.allocar.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One small HTTP server with two roles.
 * <ul>
 * <li>The SMS aggregator our services talk to, faked but strict like a real provider:
 * {@code POST /sms/v1/messages}, {@code Authorization: Bearer <SMS_API_KEY>},
 * body {@code {"from":"AlloCar","to":"+2250701020304","text":"..."}} → 201 {@code {"message_id","status":"queued"}};
 * 401 {@code {"error":"unauthorized"}}; 400 {@code {"error":"invalid_request","message":...}}.</li>
 * <li>The developer's inbox: {@code GET /} (HTML, refreshes every 5 s), {@code GET /api/sms?to=},
 * {@code GET /api/mail?to=}, {@code DELETE /api/messages}; plus {@code GET /health}.</li>
 * </ul>
 */
final class DevHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevHttpServer.class);

    static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{7,14}$");
    /** Alphanumeric sender id: at most 11 characters, at least one letter (GSM rules). */
    static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("^(?=.*[A-Za-z])[A-Za-z0-9 ._-]{1,11}$");
    /** 6 concatenated GSM-7 segments of 153 characters. */
    static final int MAX_TEXT_LENGTH = 918;
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final SmsStore sms;
    private final MailServer mail;
    private final byte[] expectedAuthorization;
    private final List<String> endpoints;

    private DevHttpServer(DevStackConfig config, SmsStore sms, MailServer mail, List<String> endpoints)
            throws IOException {
        this.sms = sms;
        this.mail = mail;
        this.endpoints = List.copyOf(endpoints);
        this.expectedAuthorization = config.smsApiKey().getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress(config.host(), config.httpPort()), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /**
     * @param mail      the SMTP server whose messages the inbox lists
     * @param endpoints lines shown at the top of the inbox page
     */
    static DevHttpServer start(DevStackConfig config, SmsStore sms, MailServer mail, List<String> endpoints)
            throws IOException {
        DevHttpServer http = new DevHttpServer(config, sms, mail, endpoints);
        http.server.start();
        log.info("SMS aggregator + dev inbox up on http://{}:{}", config.host(), config.httpPort());
        return http;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            switch (path) {
                case "/sms/v1/messages" -> {
                    if (allow(exchange, method, "POST")) {
                        sendSms(exchange);
                    }
                }
                case "/", "/index.html" -> {
                    if (allow(exchange, method, "GET")) {
                        String html = InboxPage.render(sms.list(null), mail.messages(null), endpoints);
                        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "/api/sms" -> {
                    if (allow(exchange, method, "GET")) {
                        ArrayNode out = json.createArrayNode();
                        for (SmsStore.Sms m : sms.list(query(exchange).get("to"))) {
                            out.addObject().put("id", m.id()).put("to", m.to()).put("from", m.from())
                                    .put("text", m.text()).put("received_at", m.receivedAt().toString());
                        }
                        sendJson(exchange, 200, out);
                    }
                }
                case "/api/mail" -> {
                    if (allow(exchange, method, "GET")) {
                        ArrayNode out = json.createArrayNode();
                        for (MailServer.Mail m : mail.messages(query(exchange).get("to"))) {
                            out.addObject().put("id", m.id()).put("to", m.to()).put("from", m.from())
                                    .put("subject", m.subject()).put("body", m.body())
                                    .put("received_at", m.receivedAt().toString());
                        }
                        sendJson(exchange, 200, out);
                    }
                }
                case "/api/messages" -> {
                    if (allow(exchange, method, "DELETE")) {
                        sms.clear();
                        mail.clear();
                        send(exchange, 204, null, null);
                    }
                }
                case "/health" -> {
                    if (allow(exchange, method, "GET")) {
                        sendJson(exchange, 200, json.createObjectNode().put("status", "UP"));
                    }
                }
                default -> sendJson(exchange, 404, error("not_found", "no such endpoint: " + path));
            }
        } catch (RuntimeException e) {
            log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            try {
                sendJson(exchange, 500, error("internal_error", e.toString()));
            } catch (IOException | RuntimeException ignored) {
                // the response had already started
            }
        } finally {
            exchange.close();
        }
    }

    private void sendSms(HttpExchange exchange) throws IOException {
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"sms\"");
            sendJson(exchange, 401, json.createObjectNode().put("error", "unauthorized"));
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            sendJson(exchange, 400, error("invalid_request", "Content-Type must be application/json"));
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            sendJson(exchange, 400, error("invalid_request", "request body larger than " + MAX_BODY_BYTES + " bytes"));
            return;
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (JacksonException e) {
            sendJson(exchange, 400, error("invalid_request", "malformed JSON: " + e.getOriginalMessage()));
            return;
        }
        if (request == null || !request.isObject()) {
            sendJson(exchange, 400, error("invalid_request", "the body must be a JSON object"));
            return;
        }
        String to = string(request, "to");
        String from = string(request, "from");
        String text = string(request, "text");
        String problem = null;
        if (to == null || !E164.matcher(to).matches()) {
            problem = "'to' must be a phone number in E.164 format, e.g. +2250701020304";
        } else if (from == null || !(ALPHANUMERIC_SENDER.matcher(from).matches() || E164.matcher(from).matches())) {
            problem = "'from' must be an alphanumeric sender id of at most 11 characters or an E.164 number";
        } else if (text == null || text.isBlank()) {
            problem = "'text' must not be empty";
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            problem = "'text' must be at most " + MAX_TEXT_LENGTH + " characters";
        }
        if (problem != null) {
            sendJson(exchange, 400, error("invalid_request", problem));
            return;
        }
        SmsStore.Sms stored = sms.add(to, from, text);
        log.info("SMS {} from {} to {}: {}", stored.id(), from, to, text);
        sendJson(exchange, 201, json.createObjectNode().put("message_id", stored.id()).put("status", "queued"));
    }

    private boolean authorized(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expectedAuthorization);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private ObjectNode error(String code, String message) {
        return json.createObjectNode().put("error", code).put("message", message);
    }

    private boolean allow(HttpExchange exchange, String method, String allowed) throws IOException {
        if (method.equals(allowed) || (allowed.equals("GET") && method.equals("HEAD"))) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", allowed);
        sendJson(exchange, 405, error("method_not_allowed", "use " + allowed));
        return false;
    }

    /**
     * Query parameters, percent-decoded. A literal '+' stays a '+' (not a space) so that both
     * {@code ?to=+225...} and {@code ?to=%2B225...} name the same phone number.
     */
    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!name.isEmpty() && !value.isEmpty()) {
                params.putIfAbsent(name, value);
            }
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        if (body == null || status == 204) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
