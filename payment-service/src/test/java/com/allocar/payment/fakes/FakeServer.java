package com.allocar.payment.fakes;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny real HTTP server for fakes of external services: routes by method + path regex, JSON in and out. */
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
    }

    @FunctionalInterface
    protected interface Handler {
        Reply handle(Request r) throws Exception;
    }

    private record Route(String method, Pattern path, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final List<Request> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;

    protected FakeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::dispatch);
    }

    protected void route(String method, String pathRegex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), handler));
    }

    protected void start() {
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request received, oldest first. */
    public List<Request> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String path = ex.getRequestURI().getRawPath();
            Reply reply = null;
            for (Route route : routes) {
                Matcher m = route.path().matcher(path);
                if (route.method().equals(ex.getRequestMethod()) && m.matches()) {
                    List<String> params = new ArrayList<>();
                    for (int i = 1; i <= m.groupCount(); i++) {
                        params.add(m.group(i));
                    }
                    Request req = new Request(ex.getRequestMethod(), path, parseQuery(ex.getRequestURI().getRawQuery()), headers, body, params);
                    received.add(req);
                    try {
                        reply = route.handler().handle(req);
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
            reply.headers().forEach(ex.getResponseHeaders()::set);
            ex.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
        }
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
