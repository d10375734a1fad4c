package com.allocar.messaging.live.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TokenHandshakeTest {

    private static ServletServerHttpRequest request(String query, String... headers) {
        var r = new MockHttpServletRequest("GET", "/ws/bookings/b1");
        r.setQueryString(query);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            r.addHeader(headers[i], headers[i + 1]);
        }
        return new ServletServerHttpRequest(r);
    }

    @Test
    void authorizationHeaderFirst() {
        assertThat(TokenHandshake.token(request("access_token=q", "Authorization", "Bearer h.e.s", "Sec-WebSocket-Protocol", "bearer, p")))
                .isEqualTo("h.e.s");
    }

    @Test
    void thenTheSubprotocolAfterBearer() {
        assertThat(TokenHandshake.token(request(null, "Sec-WebSocket-Protocol", "bearer, p.q.r"))).isEqualTo("p.q.r");
        assertThat(TokenHandshake.token(request(null, "Sec-WebSocket-Protocol", "Bearer,p.q.r"))).isEqualTo("p.q.r");
        assertThat(TokenHandshake.token(request(null, "Sec-WebSocket-Protocol", "bearer"))).isNull();
        assertThat(TokenHandshake.token(request(null, "Sec-WebSocket-Protocol", "v12.stomp"))).isNull();
    }

    @Test
    void thenTheQueryParameter() {
        assertThat(TokenHandshake.token(request("after=x&access_token=a.b.c"))).isEqualTo("a.b.c");
        assertThat(TokenHandshake.token(request("access_token="))).isNull();
        assertThat(TokenHandshake.token(request(null, "Authorization", "Basic xyz"))).isNull();
    }
}
