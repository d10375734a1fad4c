package com.allocar.gateway.resilience;

import java.util.LinkedHashMap;
import java.util.Map;

import com.allocar.gateway.errors.ErrorResponseWriter;
import com.allocar.gateway.errors.GatewayErrorHandler;
import com.allocar.platform.api.ErrorCode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards a failed or refused call ({@code fallbackUri: forward:/fallback/<service>}):
 * the envelope the client would have had without the breaker (503 service_unavailable for a refused connection, 504
 * gateway_timeout for a timeout), and 503 {service, reason: circuit_open} while the breaker is open. Reached only by
 * forwarding: a client asking for the path itself finds nothing.
 */
@RestController
class UpstreamFallback {

    private static final Logger log = LoggerFactory.getLogger(UpstreamFallback.class);

    static final String CIRCUIT_OPEN = "circuit_open";

    private final ErrorResponseWriter writer;

    UpstreamFallback(ErrorResponseWriter writer) {
        this.writer = writer;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> fallback(@PathVariable("service") String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure == null) {
            return writer.write(exchange, ErrorCode.NOT_FOUND, "No such endpoint");
        }
        if (failure instanceof CallNotPermittedException) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("service", service);
            details.put("reason", CIRCUIT_OPEN);
            exchange.getResponse().getHeaders().set("Retry-After", "5");
            return writer.write(exchange, ErrorCode.SERVICE_UNAVAILABLE, "The service is unavailable, try again later", details);
        }
        GatewayErrorHandler.Failure f = GatewayErrorHandler.classify(failure, service);
        log.warn("Upstream failure on route {}: {} ({})", service, f.code().code(), failure.toString());
        return writer.write(exchange, f.code(), f.message(), f.details());
    }
}
