package com.allocar.gateway.requestlog;

import com.allocar.gateway.WebFilterOrder;
import com.allocar.gateway.auth.AuthenticatedUser;
import com.allocar.gateway.errors.GatewayErrorHandler;
import com.allocar.platform.api.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Outermost filter. Accepts a sane {@code X-Request-Id} or generates one, passes it downstream and
 * echoes it, and writes one JSON access line per request (request_id, user_id, method, path, status,
 * latency_ms as MDC fields). Errors are turned into the envelope here, inside the filter, so the
 * access line sees the final status. Reactive code hops threads, so the MDC is filled only around
 * the log call.
 */
@Component
public class RequestLogFilter implements WebFilter, Ordered {

    /** Exchange attribute holding the request id (also readable by later filters). */
    public static final String REQUEST_ID_ATTRIBUTE = RequestLogFilter.class.getName() + ".requestId";

    private static final Logger access = LoggerFactory.getLogger("allocar.access");

    private final GatewayErrorHandler errorHandler;

    public RequestLogFilter(GatewayErrorHandler errorHandler) {
        this.errorHandler = errorHandler;
    }

    @Override
    public int getOrder() {
        return WebFilterOrder.REQUEST_LOG;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        String requestId = RequestIds.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(REQUEST_ID_ATTRIBUTE, requestId);
        // set(), not add(): a service echoing the id must not duplicate the header.
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
            return Mono.empty();
        });
        ServerWebExchange withId = exchange.mutate()
                .request(r -> r.headers(h -> h.set(RequestIds.HEADER, requestId)))
                .build();
        return chain.filter(withId)
                .onErrorResume(ex -> errorHandler.handle(withId, ex))
                .doFinally(signal -> log(withId, requestId, started));
    }

    private static void log(ServerWebExchange exchange, String requestId, long started) {
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith("/actuator")) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        AuthenticatedUser user = exchange.getAttribute(AuthenticatedUser.ATTRIBUTE);
        String method = exchange.getRequest().getMethod().name();
        int statusValue = status == null ? 200 : status.value();
        try {
            MDC.put(RequestIds.MDC_KEY, requestId);
            if (user != null) {
                MDC.put(RequestIds.USER_MDC_KEY, user.userId());
            }
            MDC.put("method", method);
            MDC.put("path", path);
            MDC.put("status", String.valueOf(statusValue));
            MDC.put("latency_ms", String.valueOf((System.nanoTime() - started) / 1_000_000));
            access.info("{} {} -> {}", method, path, statusValue);
        }
        finally {
            MDC.remove(RequestIds.MDC_KEY);
            MDC.remove(RequestIds.USER_MDC_KEY);
            MDC.remove("method");
            MDC.remove("path");
            MDC.remove("status");
            MDC.remove("latency_ms");
        }
    }
}
