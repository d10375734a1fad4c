package com.allocar.messaging.live.web;

import java.io.IOException;

import com.allocar.platform.api.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.HttpRequestHandler;

/**
 * {@code GET <socket path>/admission} (e.g. {@code /ws/bookings/{id}/admission}): the socket's handshake gate without
 * the upgrade — 204 when this member, with this token, would be let in; otherwise the handshake's refusal (401, 403,
 * 404, 400, 503 in the REST envelope). The gateway asks it before it upgrades its own client, because a refusal of
 * the service's handshake behind an already-upgraded client could only be a bare close (gateway
 * {@code SocketAdmission} filter). The answer is only advice: the handshake itself checks everything again.
 */
final class SocketAdmissions implements HttpRequestHandler {

    static final String SUFFIX = "/admission";

    private final TokenHandshake gate;

    SocketAdmissions(TokenHandshake gate) {
        this.gate = gate;
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var req = new ServletServerHttpRequest(request) {
            @Override
            public java.net.URI getURI() {
                // the socket's own URI: the admission names the same room
                java.net.URI u = super.getURI();
                String path = u.getRawPath().substring(0, u.getRawPath().length() - SUFFIX.length());
                return java.net.URI.create(path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
            }
        };
        var res = new ServletServerHttpResponse(response);
        try {
            gate.admit(req);
            res.setStatusCode(HttpStatus.NO_CONTENT);
        } catch (ApiException e) {
            gate.refuse(res, e);
        }
        res.close();
    }
}
