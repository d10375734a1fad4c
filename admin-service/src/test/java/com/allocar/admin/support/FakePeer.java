package com.allocar.admin.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestServiceKeys;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What every local stand-in for one of our services shares: an HTTP server on a free port that checks the service token
 * as the real service does (admin-service's only; none or a bad one → 401 {@code auth_required}, another caller → 403
 * {@code forbidden}), answers in the platform's envelopes, and can play the service down ({@link #failWith}).
 */
public abstract class FakePeer {

    protected final HttpServer server;
    private final FleetService self;
    /** The peer whose server this one answers on: itself, or another API of the same service. */
    private final FakePeer host;
    /** Set to make every call answer this status (the service down behind its load balancer: 503), null for normal behaviour. */
    public volatile Integer failWith;

    protected FakePeer(FleetService self) {
        this(self, null);
    }

    /**
     * @param host another API of the same service whose server this one answers on (the same URL, down whenever
     *             {@code host} is), or null for a server of its own
     */
    protected FakePeer(FleetService self, FakePeer host) {
        this.self = self;
        this.host = host == null ? this : host;
        this.server = host == null ? newServer() : host.server;
    }

    private static HttpServer newServer() {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Down (failWith), or not admin-service's valid token: answered as the service would, and true. */
    protected boolean refused(HttpExchange ex) throws IOException {
        Integer down = host.failWith;
        if (down != null) {
            answer(ex, down, error("service_unavailable", self.wire() + " is down", Map.of()));
            return true;
        }
        Integer refusal = TestServiceKeys.refusal(ex.getRequestHeaders().getFirst(ServiceTokens.HEADER), self, FleetService.ADMIN);
        if (refusal != null) {
            answer(ex, refusal, error(refusal == 401 ? "auth_required" : "forbidden", "service token refused", Map.of()));
            return true;
        }
        return false;
    }

    protected static Map<String, Object> error(String code, String message, Map<String, Object> details) {
        return Map.of("error", Map.of("code", code, "message", message, "details", details));
    }

    protected static Map<String, Object> data(Object data) {
        return Map.of("data", data, "meta", Map.of("request_id", UUID.randomUUID().toString()));
    }

    protected static Map<String, Object> page(List<?> items, int page, int pageSize, long total) {
        return Map.of("data", items, "meta", Map.of("request_id", UUID.randomUUID().toString(),
                "pagination", Map.of("page", page, "page_size", pageSize, "total", total, "page_count", (total + pageSize - 1) / pageSize)));
    }

    /** The query string's parameters (the last of a repeated one). */
    protected static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                q.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    protected static void answer(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = TestHttp.json().writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
