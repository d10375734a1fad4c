package com.allocar.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.allocar.gateway.auth.AuthenticatedUser;
import com.allocar.gateway.errors.ErrorResponseWriter;
import com.allocar.platform.api.ErrorCode;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One rate-limit scope. The per-IP instance runs before the token check (so bad tokens are limited
 * too), the per-user instance after it. Each answer carries {@code X-RateLimit-Limit} /
 * {@code X-RateLimit-Remaining} of the tightest scope; over the limit → 429 {@code rate_limited}
 * with {@code Retry-After}. The gateway's own actuator endpoints are not limited (probes, scrapes).
 */
public class RateLimitFilter implements WebFilter, Ordered {

    public enum Scope { IP, USER }

    static final String LIMIT_HEADER = "X-RateLimit-Limit";
    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final Scope scope;
    private final int order;
    private final RateLimitPolicy policy;
    private final RateLimiter limiter;
    private final ClientIpResolver clientIps;
    private final ErrorResponseWriter errors;

    public RateLimitFilter(Scope scope, int order, RateLimitPolicy policy, RateLimiter limiter,
                           ClientIpResolver clientIps, ErrorResponseWriter errors) {
        this.scope = scope;
        this.order = order;
        this.policy = policy;
        this.limiter = limiter;
        this.clientIps = clientIps;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getPath().pathWithinApplication().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        String subject;
        if (scope == Scope.IP) {
            subject = clientIps.resolve(request);
        }
        else {
            AuthenticatedUser user = exchange.getAttribute(AuthenticatedUser.ATTRIBUTE);
            if (user == null) {
                return chain.filter(exchange);
            }
            subject = user.userId();
        }
        RateLimitPolicy.Limits limits = policy.select(request.getMethod(), request.getPath().pathWithinApplication());
        int limit = scope == Scope.IP ? limits.perIp() : limits.perUser();
        String key = "rl:" + scope.name().toLowerCase(Locale.ROOT) + ":" + limits.bucket() + ":" + subject;
        return limiter.hit(key, limit)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty()) // Redis unavailable: fail open (see RateLimiter)
                .flatMap(decision -> {
                    if (decision.isEmpty()) {
                        return chain.filter(exchange);
                    }
                    exposeTightest(exchange.getResponse().getHeaders(), decision.get());
                    return decision.get().allowed() ? chain.filter(exchange) : tooManyRequests(exchange, decision.get());
                });
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, RateLimiter.Decision decision) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", decision.limit());
        details.put("window_seconds", RateLimiter.WINDOW.toSeconds());
        details.put("retry_after_seconds", decision.retryAfterSeconds());
        details.put("scope", scope.name().toLowerCase(Locale.ROOT));
        return errors.write(exchange, ErrorCode.RATE_LIMITED, "Too many requests, retry later", details);
    }

    private static void exposeTightest(HttpHeaders headers, RateLimiter.Decision decision) {
        String current = headers.getFirst(REMAINING_HEADER);
        if (current == null || Long.parseLong(current) > decision.remaining()) {
            headers.set(LIMIT_HEADER, String.valueOf(decision.limit()));
            headers.set(REMAINING_HEADER, String.valueOf(decision.remaining()));
        }
    }
}
