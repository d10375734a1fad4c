package com.allocar.payment.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Calls another service's {@code /internal/**} API with payment-service's service token for that service. An
 * unreachable service is a 503 for our caller (retry later), never a 500.
 */
public final class InternalHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final FleetService service;
    private final String baseUrl;
    private final ServiceTokens tokens;
    private final JsonMapper json;

    public InternalHttp(FleetService service, String baseUrl, ServiceTokens tokens, JsonMapper json) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.json = json;
    }

    public record Response(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode data() {
            return body.path("data");
        }

        public String errorCode() {
            return body.path("error").path("code").asString("");
        }
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    private Response send(String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5))
                .header(ServiceTokens.HEADER, tokens.tokenFor(service))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node;
            try {
                node = r.body() == null || r.body().isBlank() ? NullNode.getInstance() : json.readTree(r.body());
            } catch (RuntimeException e) {
                node = NullNode.getInstance();
            }
            return new Response(r.statusCode(), node);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, service.wire() + " is unavailable; retry in a moment");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, service.wire() + " call interrupted");
        }
    }
}
