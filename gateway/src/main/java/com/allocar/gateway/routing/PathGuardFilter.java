package com.allocar.gateway.routing;

import java.util.Locale;
import java.util.Map;

import com.allocar.gateway.WebFilterOrder;
import com.allocar.gateway.errors.ErrorResponseWriter;
import com.allocar.platform.api.ErrorCode;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Routes match the path as the gateway sees it, but the service's server (Tomcat) normalises it again:
 * {@code /api/v1/auth/../../internal/x} matches {@code /api/v1/auth/**} here and would become
 * {@code /internal/x} there. Paths with dot segments, encoded slashes/backslashes/dots/NULs or
 * {@code ;} path parameters are therefore refused before routing (400 {@code validation_error}).
 */
@Component
public class PathGuardFilter implements WebFilter, Ordered {

    private final ErrorResponseWriter errors;

    public PathGuardFilter(ErrorResponseWriter errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return WebFilterOrder.PATH_GUARD;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String rawPath = exchange.getRequest().getURI().getRawPath();
        if (isUnsafe(rawPath)) {
            return errors.write(exchange, ErrorCode.VALIDATION_ERROR, "Malformed request path", Map.of("reason", "invalid_path"));
        }
        return chain.filter(exchange);
    }

    /** True when a downstream server could interpret {@code rawPath} differently from the gateway. */
    public static boolean isUnsafe(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return false;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%00")
                || lower.contains("%25") || lower.indexOf('\\') >= 0 || lower.indexOf(';') >= 0 || lower.contains("//")) {
            return true;
        }
        for (PathContainer.Element element : PathContainer.parsePath(rawPath).elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                String value = segment.valueToMatch();
                if (value.equals(".") || value.equals("..")) {
                    return true;
                }
            }
        }
        return false;
    }
}
