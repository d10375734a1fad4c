package com.allocar.messaging.live.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.allocar.messaging.live.LiveSocket;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.api.ErrorEnvelope;
import com.allocar.platform.security.CurrentUser;
import com.allocar.platform.security.CurrentUserArgumentResolver;
import com.allocar.platform.security.RevokedTokens;
import com.allocar.platform.security.TokenClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The handshake's gate, before the upgrade: the member's access token is read from {@code Authorization: Bearer …},
 * else from the offered subprotocols {@code bearer, <token>} (the handshake then answers {@code bearer}), else from
 * {@code ?access_token=} — and verified by the platform's {@link JwtDecoder} and revoke list exactly as a REST call
 * is. No token, a bad, expired or revoked one → 401 {@code auth_required} {reason}; then the path's
 * {@link RoomAdmission} (403 non-party, 404 unknown, 400 bad id). Refusals carry the REST error envelope. The same gate
 * answers {@code GET <socket path>/admission} ({@link SocketAdmissions}), which the gateway asks before it upgrades.
 * The token is never logged (neither is the query: the platform's access line prints the path only).
 */
public final class TokenHandshake implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(TokenHandshake.class);
    /** The subprotocol a browser names before its token; the one the handshake answers. */
    public static final String BEARER_PROTOCOL = "bearer";
    public static final String QUERY_PARAMETER = "access_token";

    private final JwtDecoder decoder;
    private final RevokedTokens revoked;
    private final JsonMapper json;
    private final RoomAdmission admission;

    public TokenHandshake(JwtDecoder decoder, RevokedTokens revoked, JsonMapper json, RoomAdmission admission) {
        this.decoder = decoder;
        this.revoked = revoked;
        this.json = json;
        this.admission = admission;
    }

    /** Who is let in, into which room, with which token. */
    public record Admitted(CurrentUser member, String room, Jwt jwt) {
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) throws IOException {
        Admitted a;
        try {
            a = admit(request);
        } catch (ApiException e) {
            return refuse(response, e);
        }
        URI uri = request.getURI();
        attributes.put(LiveSocket.USER, a.member().id());
        attributes.put(LiveSocket.ROOM, a.room());
        attributes.put(LiveSocket.EXPIRES_AT, a.jwt().getExpiresAt());
        attributes.put(LiveSocket.TOKEN_ID, a.jwt().getId());
        attributes.put(LiveSocket.SESSION_ID, a.jwt().getClaimAsString(TokenClaims.SESSION_ID));
        attributes.put(LiveSocket.READMIT, (Runnable) () -> admission.admit(uri, a.member()));
        return true;
    }

    /**
     * The whole gate, for a handshake or for the gateway's {@code GET <socket path>/admission} asked before it
     * upgrades its client ({@link SocketAdmissions}): the token, then the path's admission.
     */
    Admitted admit(ServerHttpRequest request) {
        String token = token(request);
        if (token == null) {
            throw new ApiException(ErrorCode.AUTH_REQUIRED, "Authentication required", Map.of("reason", "missing_token"));
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtValidationException e) {
            boolean expired = e.getErrors().stream().anyMatch(er -> er.getDescription() != null
                    && er.getDescription().toLowerCase(Locale.ROOT).contains("expired"));
            throw new ApiException(ErrorCode.AUTH_REQUIRED, expired ? "Access token expired" : "Access token invalid",
                    Map.of("reason", expired ? "token_expired" : "invalid_token"));
        } catch (JwtException e) {
            throw new ApiException(ErrorCode.AUTH_REQUIRED, "Access token invalid", Map.of("reason", "invalid_token"));
        }
        boolean isRevoked;
        try {
            isRevoked = revoked.isRevoked(jwt.getId(), jwt.getClaimAsString(TokenClaims.SESSION_ID));
        } catch (RuntimeException e) {
            log.warn("Revoke list unavailable, refusing a socket handshake: {}", e.toString());
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Cannot verify access tokens right now",
                    Map.of("reason", "revoke_list_unavailable"));
        }
        if (isRevoked) {
            throw new ApiException(ErrorCode.AUTH_REQUIRED, "Access token revoked", Map.of("reason", "token_revoked"));
        }
        CurrentUser member = CurrentUserArgumentResolver.fromJwt(jwt);
        return new Admitted(member, admission.admit(request.getURI(), member), jwt);
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {
    }

    /** The token: Authorization header, else the subprotocol after {@code bearer}, else the query parameter. */
    static String token(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() > 7) {
            return header.substring(7).strip();
        }
        List<String> offered = request.getHeaders().get("Sec-WebSocket-Protocol");
        if (offered != null) {
            List<String> protocols = offered.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
            int i = protocols.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList().indexOf(BEARER_PROTOCOL);
            if (i >= 0 && i + 1 < protocols.size()) {
                return protocols.get(i + 1);
            }
        }
        return queryToken(request.getURI());
    }

    static String queryToken(URI uri) {
        String t = UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(QUERY_PARAMETER);
        return t == null || t.isBlank() ? null : java.net.URLDecoder.decode(t, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The refusal as an HTTP answer, before any upgrade: its status and the REST envelope. */
    boolean refuse(ServerHttpResponse response, ApiException e) throws IOException {
        response.setStatusCode(HttpStatus.valueOf(e.code().status()));
        if (e.code() == ErrorCode.AUTH_REQUIRED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getBody().write(json.writeValueAsBytes(ErrorEnvelope.of(e.code(), e.getMessage(), e.details())));
        return false;
    }
}
