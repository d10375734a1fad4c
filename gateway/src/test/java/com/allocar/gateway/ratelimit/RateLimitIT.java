package com.allocar.gateway.ratelimit;

import com.allocar.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules under test (see {@link GatewayIntegrationTest}): 3/min per IP on one public path, 3/min per user on one protected path. */
class RateLimitIT extends GatewayIntegrationTest {

    @Test
    void perIpLimitAnswers429WithRetryAfter() {
        for (int i = 1; i <= 3; i++) {
            client.get().uri("/api/v1/users/rate-limited-by-ip").exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-RateLimit-Limit", "3")
                    .expectHeader().valueEquals("X-RateLimit-Remaining", String.valueOf(3 - i));
        }
        client.get().uri("/api/v1/users/rate-limited-by-ip").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, v -> assertThat(Integer.parseInt(v)).isBetween(1, 60))
                .expectHeader().exists("Strict-Transport-Security")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("rate_limited")
                .jsonPath("$.error.details.limit").isEqualTo(3)
                .jsonPath("$.error.details.window_seconds").isEqualTo(60)
                .jsonPath("$.error.details.retry_after_seconds").value(v -> assertThat(((Number) v).intValue()).isBetween(1, 60))
                .jsonPath("$.error.details.scope").isEqualTo("ip");
        // Other paths count in another bucket.
        client.get().uri("/api/v1/users/" + newUserId()).exchange().expectStatus().isOk();
    }

    @Test
    void perUserLimitIsIndependentOfTheIp() {
        String aliceId = newUserId();
        String alice = bearer(JWKS.token(aliceId));
        String bob = bearer(JWKS.token(newUserId()));
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/v1/me/rate-limited-by-user").header(HttpHeaders.AUTHORIZATION, alice).exchange()
                    .expectStatus().isOk();
        }
        client.get().uri("/api/v1/me/rate-limited-by-user").header(HttpHeaders.AUTHORIZATION, alice).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("rate_limited")
                .jsonPath("$.error.details.scope").isEqualTo("user");
        // Same IP, another user: not limited.
        client.get().uri("/api/v1/me/rate-limited-by-user").header(HttpHeaders.AUTHORIZATION, bob).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Remaining", "2");
        // A new token of the same user (another session, as from another device): still limited.
        String aliceAgain = bearer(JWKS.token(aliceId));
        client.get().uri("/api/v1/me/rate-limited-by-user").header(HttpHeaders.AUTHORIZATION, aliceAgain).exchange()
                .expectStatus().isEqualTo(429);
    }
}
