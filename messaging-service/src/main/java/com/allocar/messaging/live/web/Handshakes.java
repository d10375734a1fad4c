package com.allocar.messaging.live.web;

import java.util.UUID;

import com.allocar.platform.api.ApiException;

import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/** What every socket path's registration shares: the handshake handler that answers the {@code bearer} subprotocol. */
public final class Handshakes {

    private Handshakes() {
    }

    /** Chooses {@code bearer} when the client offered it ({@code Sec-WebSocket-Protocol: bearer, <token>}). */
    public static DefaultHandshakeHandler handler() {
        var handler = new DefaultHandshakeHandler();
        handler.setSupportedProtocols(TokenHandshake.BEARER_PROTOCOL);
        return handler;
    }

    /** The path segment at {@code index} (0-based, after the leading slash) as a UUID; 400 on {@code field} otherwise. */
    public static UUID pathId(java.net.URI uri, int index, String field) {
        String[] parts = uri.getPath().split("/");
        String raw = index + 1 < parts.length ? parts[index + 1] : "";
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(field, "must be a valid UUID");
        }
    }
}
