package com.allocar.payment.provider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * A plain HTTP client for provider APIs: we control the exact bytes sent (amounts as strings, form bodies) and
 * read every answer, error or not, ourselves. Short timeouts: a user is waiting.
 */
public final class ProviderHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final Provider provider;

    public ProviderHttp(Provider provider) {
        this.provider = provider;
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? NullNode.getInstance() : JSON.readTree(body);
            } catch (RuntimeException e) {
                return NullNode.getInstance();
            }
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Response send(String method, String url, Map<String, String> headers, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        b.header("Accept", "application/json");
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new ProviderException(provider, provider.wire() + " unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(provider, "interrupted");
        }
    }

    public Response json(String method, String url, Map<String, String> headers, Object body) {
        return send(method, url, headers, body == null ? null : JSON.writeValueAsString(body), "application/json");
    }

    public static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new WebhookRejected(WebhookRejected.Reason.MALFORMED, "body is not JSON");
        }
    }

    public static JsonMapper mapper() {
        return JSON;
    }

    public ProviderException failure(String what, Response r, String code) {
        return new ProviderException(provider, provider.wire() + " " + what + " failed with HTTP " + r.status() + ": " + abbreviate(r.body()), r.status(), code);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
