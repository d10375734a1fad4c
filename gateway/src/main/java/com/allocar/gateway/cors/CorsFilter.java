package com.allocar.gateway.cors;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.allocar.gateway.WebFilterOrder;
import com.allocar.gateway.errors.ErrorResponseWriter;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.api.RequestIds;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Strict CORS allow-list, answered by the gateway alone (services never see a pre-flight).
 * <ul>
 *   <li>Pre-flight from an allowed origin, method and headers → 200 with the CORS headers.</li>
 *   <li>Pre-flight that fails any check → 403 {@code forbidden} envelope, no CORS headers.</li>
 *   <li>Actual cross-origin request from a foreign origin → also 403 {@code forbidden}, without
 *       {@code Access-Control-Allow-Origin}: the browser would hide the answer anyway, and refusing
 *       it here means a foreign page cannot even trigger side effects with "simple" requests.</li>
 *   <li>Requests without {@code Origin} (mobile app, curl, servers) and same-origin requests (the
 *       Swagger UI served by the gateway) are not CORS and pass untouched.</li>
 * </ul>
 * Credentials are not allowed: the API authenticates with bearer tokens, never cookies.
 */
@Component
public class CorsFilter implements WebFilter, Ordered {

    static final List<String> ALLOWED_METHODS = List.of("GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS");
    static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "Idempotency-Key", RequestIds.HEADER);
    static final List<String> EXPOSED_HEADERS = List.of(RequestIds.HEADER, HttpHeaders.RETRY_AFTER,
            "X-RateLimit-Limit", "X-RateLimit-Remaining");

    private final CorsConfiguration config;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final ErrorResponseWriter errors;

    public CorsFilter(CorsProperties properties, ErrorResponseWriter errors) {
        this.errors = errors;
        this.config = new CorsConfiguration();
        config.setAllowedOrigins(properties.allowedOrigins());
        config.setAllowedMethods(ALLOWED_METHODS);
        config.setAllowedHeaders(ALLOWED_HEADERS);
        config.setExposedHeaders(EXPOSED_HEADERS);
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
    }

    @Override
    public int getOrder() {
        return WebFilterOrder.CORS;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean preFlight = CorsUtils.isPreFlightRequest(request);
        if (!processor.process(config, exchange)) {
            String origin = request.getHeaders().getOrigin();
            return errors.write(exchange, ErrorCode.FORBIDDEN, preFlight ? "CORS pre-flight refused" : "Origin not allowed",
                    Map.of("origin", origin == null ? "" : origin));
        }
        if (preFlight) {
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }
}
