package com.allocar.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.allocar.devstack.fcm.FakeFcm;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One small HTTP server with two roles.
 * <ul>
 * <li>The SMS aggregator our services talk to: Orange's SMS API ({@code /oauth/v3/token},
 * {@code /smsmessaging/v1/outbound/…/requests}, {@code /sms/admin/v1/contracts}), checked like Orange
 * ({@link FakeOrangeSms}, its own handler); what it accepts is listed at {@code /api/sms}.</li>
 * <li>The developer's inbox: {@code GET /} (HTML, refreshes every 5 s), {@code GET /api/sms?to=},
 * {@code GET /api/mail?to=}, {@code DELETE /api/messages}; plus {@code GET /health}.</li>
 * <li>The fake FCM under {@code /fcm} and its pushes at {@code /api/push} ({@link FakeFcm}, its own handler).</li>
 * </ul>
 */
final class DevHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevHttpServer.class);

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final SmsStore sms;
    private final MailServer mail;
    private final FakeFcm fcm;
    private final List<String> endpoints;

    private DevHttpServer(DevStackConfig config, SmsStore sms, MailServer mail, FakeFcm fcm, List<String> endpoints)
            throws IOException {
        this.sms = sms;
        this.mail = mail;
        this.fcm = fcm;
        this.endpoints = List.copyOf(endpoints);
        this.server = HttpServer.create(new InetSocketAddress(config.host(), config.httpPort()), 64);
        server.createContext("/", this::handle);
        fcm.mount(server);
        new FakeOrangeSms(sms, config.smsClient().id(), config.smsClient().secret()).mount(server);
        server.setExecutor(executor);
    }

    /**
     * @param mail      the SMTP server whose messages the inbox lists
     * @param fcm       the fake FCM, served under /fcm, whose pushes the inbox lists
     * @param endpoints lines shown at the top of the inbox page
     */
    static DevHttpServer start(DevStackConfig config, SmsStore sms, MailServer mail, FakeFcm fcm, List<String> endpoints)
            throws IOException {
        DevHttpServer http = new DevHttpServer(config, sms, mail, fcm, endpoints);
        http.server.start();
        log.info("SMS aggregator + dev inbox up on http://{}:{}", config.host(), config.httpPort());
        return http;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            switch (path) {
                case "/", "/index.html" -> {
                    if (allow(exchange, method, "GET")) {
                        String html = InboxPage.render(sms.list(null), mail.messages(null), fcm.pushes(null), endpoints);
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
                        fcm.clear();
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
