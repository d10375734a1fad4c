package com.allocar.devstack.providers;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One fake provider: routes by method + path regex, JSON in and out. {@link ProvidersServer} mounts every fake under
 * its own path prefix ({@code /wave}, {@code /orange}…) of one real HTTP server, so a provider's base URL is
 * {@code http://host:port/<prefix>} and the paths below it are the provider's real ones.
 */
public abstract class FakeServer {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    public record Request(String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body, List<String> params) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** An application/x-www-form-urlencoded body. */
        public Map<String, String> form() {
            return parseQuery(text());
        }
    }

    public record Reply(int status, String body, Map<String, String> headers) {
        public static Reply json(int status, Object body) {
            return new Reply(status, body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body), Map.of());
        }

        public static Reply empty(int status) {
            return new Reply(status, "", Map.of());
        }

        public static Reply html(String html) {
            return new Reply(200, html, Map.of("Content-Type", "text/html; charset=utf-8"));
        }
    }

    @FunctionalInterface
    protected interface Handler {
        Reply handle(Request r) throws Exception;
    }

    private record Route(String method, Pattern path, Handler handler) {
    }

    private static final int MAX_RECEIVED = 10_000;

    private final List<Route> routes = new ArrayList<>();
    private final List<Request> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final String prefix;
    private volatile String serverUrl = "http://127.0.0.1";

    protected FakeServer(String prefix) {
        this.prefix = prefix;
    }

    /** A fake served on its own (see {@link #start()}), e.g. a test's stand-in for one of our services. */
    protected FakeServer() {
        this("");
    }

    /** Serves this fake alone on a free loopback port, its routes at the root. */
    protected void start() {
        try {
            var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 100);
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.createContext(prefix + "/", this::dispatch);
            server.start();
            mountedAt("http://127.0.0.1:" + server.getAddress().getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected void route(String method, String pathRegex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), handler));
    }

    /** The path prefix this fake is mounted under, e.g. {@code /wave}. */
    public String prefix() {
        return prefix;
    }

    void mountedAt(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    /** The provider's API base URL, what payment-service's {@code base-url} setting points at. */
    public String baseUrl() {
        return serverUrl + prefix;
    }

    /** Every request received, oldest first. */
    public List<Request> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Handles one exchange whose path starts with {@link #prefix()}; the routes see the path below it. */
    void dispatch(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String path = ex.getRequestURI().getRawPath().substring(prefix.length());
            Reply reply = null;
            for (Route route : routes) {
                Matcher m = route.path().matcher(path);
                if (route.method().equals(ex.getRequestMethod()) && m.matches()) {
                    List<String> params = new ArrayList<>();
                    for (int i = 1; i <= m.groupCount(); i++) {
                        params.add(m.group(i));
                    }
                    Request req = new Request(ex.getRequestMethod(), path, parseQuery(ex.getRequestURI().getRawQuery()), headers, body, params);
                    synchronized (received) {
                        received.add(req);
                        if (received.size() > MAX_RECEIVED) { // devstack runs for days: keep the recent ones
                            received.removeFirst();
                        }
                    }
                    try {
                        reply = route.handler().handle(req);
                    } catch (DevError e) {
                        reply = Reply.json(e.status, Map.of("code", e.code, "message", e.getMessage()));
                    } catch (Exception e) {
                        reply = Reply.json(500, Map.of("error", String.valueOf(e)));
                    }
                    break;
                }
            }
            if (reply == null) {
                reply = Reply.json(404, Map.of("code", "not-found", "message", "no route " + ex.getRequestMethod() + " " + path));
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            reply.headers().forEach(ex.getResponseHeaders()::set);
            ex.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    /** A dev endpoint's refusal (unknown session, wrong state), answered as {@code {code, message}}. */
    protected static final class DevError extends RuntimeException {
        private final int status;
        private final String code;

        protected DevError(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    /** What a fake's "deliver" hook sent to our service and what it answered (the dev endpoints return it). */
    public record Delivery(String url, String method, int status, String body, Map<String, String> headers,
                           @com.fasterxml.jackson.annotation.JsonProperty("sent_at_epoch_ms") long sentAtEpochMs,
                           @com.fasterxml.jackson.annotation.JsonProperty("answered_in_ms") long answeredInMs) {
    }

    protected static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(5)).build();

    /** Sends a webhook/callback the way the provider does and records what happened. */
    protected static Delivery send(String method, String url, String body, Map<String, String> headers) {
        if (url == null) {
            throw new DevError(409, "no_callback_url", "no callback URL configured for this provider");
        }
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(java.time.Duration.ofSeconds(30))
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(req::header);
        long sentAt = System.currentTimeMillis();
        long t0 = System.nanoTime();
        try {
            int status = CLIENT.send(req.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Delivery(url, method, status, body, headers, sentAt, (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new DevError(502, "callback_unreachable", url + ": " + e);
        }
    }

    static String escape(Object o) {
        return String.valueOf(o).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static Map<String, String> parseQuery(String q) {
        Map<String, String> m = new LinkedHashMap<>();
        if (q == null || q.isEmpty()) {
            return m;
        }
        for (String pair : q.split("&")) {
            String[] kv = pair.split("=", 2);
            m.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return m;
    }

    protected static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
