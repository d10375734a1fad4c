package com.allocar.gateway.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a WebSocket handshake on {@code /ws/**} may carry the member's access token, since a browser cannot set
 * {@code Authorization} on it: the subprotocol list {@code Sec-WebSocket-Protocol: bearer, <token>} (the service
 * answers {@code bearer}), or the query parameter {@code access_token}. The gateway verifies it like any token and
 * hands it on as an {@code Authorization} header, with {@code access_token} taken out of the forwarded query so that
 * no log downstream ever sees it (our own access line logs the path only).
 */
final class SocketHandshakeToken {

    static final String PATH_PREFIX = "/ws/";
    static final String PROTOCOL_HEADER = "Sec-WebSocket-Protocol";
    static final String SUBPROTOCOL = "bearer";
    static final String QUERY_PARAMETER = "access_token";

    private SocketHandshakeToken() {
    }

    /** Only a socket upgrade on a socket path: anywhere else the token travels in {@code Authorization} alone. */
    static boolean applies(ServerHttpRequest request) {
        return request.getPath().value().startsWith(PATH_PREFIX) && "websocket".equalsIgnoreCase(request.getHeaders().getUpgrade());
    }

    static Optional<String> read(ServerHttpRequest request) {
        List<String> protocols = request.getHeaders().getOrEmpty(PROTOCOL_HEADER).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(p -> !p.isEmpty()).toList();
        int bearer = protocols.indexOf(SUBPROTOCOL);
        if (bearer >= 0 && bearer + 1 < protocols.size()) {
            return Optional.of(protocols.get(bearer + 1));
        }
        return Optional.ofNullable(request.getQueryParams().getFirst(QUERY_PARAMETER)).filter(t -> !t.isBlank());
    }

    /** The request as forwarded: the token as {@code Authorization}, no {@code access_token} in the query. */
    static ServerHttpRequest forwarded(ServerHttpRequest request, String token) {
        var uri = UriComponentsBuilder.fromUri(request.getURI()).replaceQueryParam(QUERY_PARAMETER).build(true).toUri();
        return request.mutate().uri(uri).headers(h -> h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token)).build();
    }
}
