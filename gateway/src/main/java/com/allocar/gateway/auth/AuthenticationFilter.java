package com.allocar.gateway.auth;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.allocar.gateway.WebFilterOrder;
import com.allocar.gateway.errors.ErrorResponseWriter;
import com.allocar.gateway.routing.PathSpecs;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.api.RequestIds;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Deny by default: every request needs a valid access token unless it matches
 * {@code allocar.gateway.public-paths}. Client-sent {@code X-User-Id}/{@code X-User-Roles} are always
 * dropped; for an authenticated request they are set from the token ({@code sub}, comma-joined
 * {@code roles}). The {@code Authorization} header is forwarded as is — services verify the token again.
 * On a public path a token is neither required nor checked. A WebSocket handshake on {@code /ws/**} may carry the
 * token as a subprotocol or a query parameter instead ({@link SocketHandshakeToken}).
 */
@Component
public class AuthenticationFilter implements WebFilter, Ordered {

    /** RFC 6750 b64token. */
    private static final Pattern BEARER = Pattern.compile("(?i)^bearer +([A-Za-z0-9\\-._~+/]+=*)$");

    private final PathSpecs publicPaths;
    private final PathSpecs staffPaths;
    private final TokenVerifier verifier;
    private final StaffTokenVerifier staffVerifier;
    private final ErrorResponseWriter errors;

    public AuthenticationFilter(AuthProperties properties, StaffProperties staff, TokenVerifier verifier, StaffTokenVerifier staffVerifier,
                                ErrorResponseWriter errors) {
        this.publicPaths = PathSpecs.parse(properties.publicPaths());
        this.staffPaths = PathSpecs.parse(staff.paths());
        this.verifier = verifier;
        this.staffVerifier = staffVerifier;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return WebFilterOrder.AUTHENTICATION;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (publicPaths.matches(exchange.getRequest())) {
            return chain.filter(withIdentity(exchange, null));
        }
        if (SocketHandshakeToken.applies(exchange.getRequest())
                && exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION).isEmpty()) {
            var token = SocketHandshakeToken.read(exchange.getRequest());
            if (token.isEmpty()) {
                return unauthorized(exchange, AuthFailureReason.MISSING_TOKEN);
            }
            ServerWebExchange forwarded = exchange.mutate().request(SocketHandshakeToken.forwarded(exchange.getRequest(), token.get())).build();
            return verified(forwarded, chain, token.get());
        }
        List<String> authorization = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION);
        if (authorization.isEmpty() || authorization.stream().noneMatch(v -> v.regionMatches(true, 0, "bearer", 0, 6))) {
            return unauthorized(exchange, AuthFailureReason.MISSING_TOKEN);
        }
        String token = authorization.size() == 1 ? bearerToken(authorization.getFirst()) : null;
        if (token == null) {
            return unauthorized(exchange, AuthFailureReason.INVALID_TOKEN);
        }
        if (staffPaths.matches(exchange.getRequest())) {
            return staffVerified(exchange, chain, token);
        }
        return verified(exchange, chain, token);
    }

    /** A staff route: Keycloak's tokens only; a valid member token is known but not allowed here (403). */
    private Mono<Void> staffVerified(ServerWebExchange exchange, WebFilterChain chain, String token) {
        return staffVerifier.verify(token).flatMap(verification -> switch (verification) {
            case TokenVerification.Verified(AuthenticatedUser staff) -> proceed(exchange, chain, staff);
            case TokenVerification.Rejected(AuthFailureReason reason) -> verifier.verify(token)
                    .onErrorResume(e -> Mono.just(new TokenVerification.Rejected(reason)))
                    .flatMap(member -> member instanceof TokenVerification.Verified
                            ? errors.write(exchange, ErrorCode.FORBIDDEN, "Staff only: sign in through the admin console", Map.of("reason", "staff_only"))
                            : unauthorized(exchange, reason));
        });
    }

    private Mono<Void> verified(ServerWebExchange exchange, WebFilterChain chain, String token) {
        return verifier.verify(token).flatMap(verification -> switch (verification) {
            case TokenVerification.Verified(AuthenticatedUser user) -> proceed(exchange, chain, user);
            case TokenVerification.Rejected(AuthFailureReason reason) -> unauthorized(exchange, reason);
        });
    }

    private static Mono<Void> proceed(ServerWebExchange exchange, WebFilterChain chain, AuthenticatedUser user) {
        exchange.getAttributes().put(AuthenticatedUser.ATTRIBUTE, user);
        return chain.filter(withIdentity(exchange, user));
    }

    static @Nullable String bearerToken(String header) {
        var m = BEARER.matcher(header.trim());
        return m.matches() ? m.group(1) : null;
    }

    private static ServerWebExchange withIdentity(ServerWebExchange exchange, @Nullable AuthenticatedUser user) {
        return exchange.mutate().request(r -> r.headers(h -> {
            h.remove(RequestIds.USER_ID_HEADER);
            h.remove(RequestIds.USER_ROLES_HEADER);
            if (user != null) {
                h.set(RequestIds.USER_ID_HEADER, user.userId());
                if (!user.roles().isEmpty()) {
                    h.set(RequestIds.USER_ROLES_HEADER, String.join(",", user.roles()));
                }
            }
        })).build();
    }

    private Mono<Void> unauthorized(ServerWebExchange exchange, AuthFailureReason reason) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, reason == AuthFailureReason.MISSING_TOKEN
                ? "Bearer"
                : "Bearer error=\"invalid_token\", error_description=\"" + reason.message() + "\"");
        return errors.write(exchange, ErrorCode.AUTH_REQUIRED, reason.message(), Map.of("reason", reason.wire()));
    }
}
