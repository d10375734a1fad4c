package com.allocar.gateway.headers;

import com.allocar.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersIT extends GatewayIntegrationTest {

    @Test
    void proxiedAnswerCarriesTheGatewaysHeadersNotTheServices() {
        // The stub service sends Server, X-Frame-Options: SAMEORIGIN and Cache-Control: max-age=3600.
        WebTestClient.ResponseSpec spec = client.get().uri("/api/v1/users/" + newUserId()).exchange().expectStatus().isOk();
        expectSecurityHeaders(spec);
        spec.expectHeader().doesNotExist("Server");
    }

    @Test
    void errorAnswerCarriesThemToo() {
        expectSecurityHeaders(client.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized());
    }

    @Test
    void requestIdIsEchoedOnceWhenSaneAndReplacedOtherwise() {
        client.get().uri("/api/v1/users/" + newUserId()).header("X-Request-Id", "abc-12345678").exchange()
                .expectHeader().values("X-Request-Id", v -> assertThat(v).containsExactly("abc-12345678"));
        client.get().uri("/api/v1/users/" + newUserId()).header("X-Request-Id", "bad id\" with spaces").exchange()
                .expectHeader().value("X-Request-Id", v -> assertThat(v).isNotEqualTo("bad id\" with spaces").hasSize(36));
        client.get().uri("/api/v1/me").exchange()
                .expectHeader().value("X-Request-Id", v -> assertThat(v).hasSize(36));
    }

    private static void expectSecurityHeaders(WebTestClient.ResponseSpec spec) {
        spec.expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
