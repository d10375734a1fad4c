package com.allocar.gateway.errors;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns every failure into the error envelope — never Spring's default JSON or HTML error page.
 * Upstream failures: connection refused / unknown host → 503 {@code service_unavailable}, response
 * timeout → 504 {@code gateway_timeout}, anything else while proxying → 502 {@code bad_gateway}.
 * Runs before Spring Boot's default handler (order -1).
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ErrorResponseWriter writer;

    public GatewayErrorHandler(ErrorResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Failure failure = classify(ex, route == null ? null : route.getId());
        if (failure.code() == ErrorCode.INTERNAL_ERROR) {
            log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        }
        else if (route != null && failure.code().status() >= 500) {
            log.warn("Upstream failure on route {}: {} ({})", route == null ? "-" : route.getId(), failure.code().code(), rootCause(ex).toString());
        }
        if (ex instanceof ApiException api && api.retryAfter() != null) {
            exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(Math.max(1, api.retryAfter().toSeconds())));
        }
        return writer.write(exchange, failure.code(), failure.message(), failure.details());
    }

    /** What the client is told about {@code ex}; {@code routeId} is set when the request was being proxied. */
    public record Failure(ErrorCode code, String message, Map<String, Object> details) {
    }

    public static Failure classify(Throwable ex, @Nullable String routeId) {
        if (ex instanceof ApiException api) {
            return new Failure(api.code(), api.getMessage(), api.details());
        }
        Map<String, Object> upstream = routeId == null ? Map.of() : Map.of("service", routeId);
        if (hasCause(ex, ConnectException.class) || hasCause(ex, UnknownHostException.class) || hasCause(ex, NoRouteToHostException.class)) {
            return new Failure(ErrorCode.SERVICE_UNAVAILABLE, "The service is unavailable, try again later", upstream);
        }
        if (hasCause(ex, TimeoutException.class) || hasCause(ex, ReadTimeoutException.class)
                || hasCause(ex, org.springframework.cloud.gateway.support.TimeoutException.class)
                || (ex instanceof ResponseStatusException rse && rse.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value())) {
            return new Failure(ErrorCode.GATEWAY_TIMEOUT, "The service did not answer in time", upstream);
        }
        if (ex instanceof ResponseStatusException rse) {
            return fromStatus(rse.getStatusCode().value(), routeId);
        }
        if (routeId != null) {
            return new Failure(ErrorCode.BAD_GATEWAY, "The service answered with an invalid response", upstream);
        }
        return new Failure(ErrorCode.INTERNAL_ERROR, "Unexpected error", Map.of());
    }

    private static Failure fromStatus(int status, @Nullable String routeId) {
        return switch (status) {
            case 400 -> new Failure(ErrorCode.VALIDATION_ERROR, "Malformed request", Map.of());
            case 404 -> new Failure(ErrorCode.NOT_FOUND, "No such resource", Map.of());
            case 405 -> new Failure(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed", Map.of());
            case 406 -> new Failure(ErrorCode.NOT_ACCEPTABLE, "Not acceptable", Map.of());
            case 413 -> new Failure(ErrorCode.PAYLOAD_TOO_LARGE, "Payload too large", Map.of());
            case 415 -> new Failure(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", Map.of());
            case 503 -> new Failure(ErrorCode.SERVICE_UNAVAILABLE, "The service is unavailable, try again later",
                    routeId == null ? Map.of() : Map.of("service", routeId));
            case 502 -> new Failure(ErrorCode.BAD_GATEWAY, "The service answered with an invalid response",
                    routeId == null ? Map.of() : Map.of("service", routeId));
            default -> status >= 400 && status < 500
                    ? new Failure(ErrorCode.VALIDATION_ERROR, "Malformed request", Map.of())
                    : new Failure(ErrorCode.INTERNAL_ERROR, "Unexpected error", Map.of());
        };
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
