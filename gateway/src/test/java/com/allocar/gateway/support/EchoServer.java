package com.allocar.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A downstream service played by the test: answers every request with what it received —
 * {@code {"service", "method", "path", "query", "headers": {lower-case name: [values]}, "body"}} — and, like a
 * real service behind the gateway, sends a few headers of its own the gateway must override.
 * A path containing {@code slow} answers after 3 s.
 */
public final class EchoServer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;

    private EchoServer(HttpServer server) {
        this.server = server;
    }

    /** @param service the service it plays, echoed as {@code "service"} so a test sees where a route led */
    public static EchoServer start(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> echo(service, exchange));
            server.start();
            return new EchoServer(server);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void echo(String service, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.contains("slow")) {
            try {
                Thread.sleep(3000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service", service);
        answer.put("method", exchange.getRequestMethod());
        answer.put("path", path);
        answer.put("query", exchange.getRequestURI().getRawQuery());
        answer.put("headers", headers);
        answer.put("body", body);
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Server", "Apache-Coyote/1.1");
        exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
        exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (requestId != null) {
            exchange.getResponseHeaders().set("X-Request-Id", requestId);
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
