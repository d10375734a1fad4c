package com.allocar.gateway.degraded;

import java.time.Duration;

import com.allocar.gateway.support.JwksServer;
import com.allocar.gateway.support.Ports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Identity and Redis are both down (ports nothing listens on); identity's key set can be switched off.
 * Rate limiting fails open, token checks fail closed (503, never a misleading 401), a dead service is 503.
 */
// Lettuce keeps reconnecting to the dead Redis and complains when the context closes under it.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.io.netty.util.concurrent.DefaultPromise=off")
class DegradedModeIT {

    private static final int DEAD_REDIS = Ports.closedPort();
    private static final int DEAD_IDENTITY = Ports.closedPort();
    private static final int DEAD_KEYCLOAK = Ports.closedPort();
    private static final JwksServer KEYS = JwksServer.start();

    @DynamicPropertySource
    static void deadDependencies(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", () -> DEAD_REDIS);
        registry.add("allocar.gateway.services.identity", () -> "http://127.0.0.1:" + DEAD_IDENTITY);
        registry.add("allocar.security.jwks-uri", KEYS::jwksUri);
        registry.add("allocar.gateway.staff.issuer", () -> "http://127.0.0.1:" + DEAD_KEYCLOAK + "/realms/allocar");
    }

    @Test
    void keycloakDownRefusesTheStaffApiWith503NotA401() {
        // any well-formed JWT: its signature cannot be checked without the realm's key set
        client.get().uri("/api/v1/admin/users").header("Authorization", "Bearer " + KEYS.token(java.util.UUID.randomUUID().toString())).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("service_unavailable")
                .jsonPath("$.error.details.reason").isEqualTo("staff_jwks_unavailable");
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer(new JdkClientHttpConnector()).baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void deadServiceIs503EnvelopeAndRedisOutageDoesNotBlockPublicRoutes() {
        client.get().uri("/api/v1/users/00000000-0000-4000-8000-000000000000").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists("Strict-Transport-Security")
                .expectHeader().doesNotExist("X-RateLimit-Limit")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("service_unavailable")
                .jsonPath("$.error.details.service").isEqualTo("identity");
    }

    @Test
    void aDeadServiceOpensItsBreakerAndIsThenRefusedAtOnce() {
        String reason = null;
        int calls = 0;
        while (reason == null && calls < 30) {
            calls++;
            var body = client.get().uri("/api/v1/users/00000000-0000-4000-8000-00000000000" + (calls % 10)).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.error.code").isEqualTo("service_unavailable")
                    .jsonPath("$.error.details.service").isEqualTo("identity")
                    .returnResult();
            String json = new String(body.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
            reason = json.contains("\"circuit_open\"") ? "circuit_open" : null;
        }
        // minimum-number-of-calls 10 at a 100 % failure rate: open after the 10th outage, so the 11th is refused
        org.assertj.core.api.Assertions.assertThat(reason).isEqualTo("circuit_open");
        org.assertj.core.api.Assertions.assertThat(calls).isBetween(10, 11);
        client.get().uri("/api/v1/users/00000000-0000-4000-8000-000000000042").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.error.details.reason").isEqualTo("circuit_open");
    }

    @Test
    void tokenChecksFailClosedWhileKeysOrRevokeListAreUnreachable() {
        String token = KEYS.token("00000000-0000-4000-8000-000000000001");
        KEYS.setAvailable(false);
        try {
            client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.error.code").isEqualTo("service_unavailable")
                    .jsonPath("$.error.details.reason").isEqualTo("jwks_unavailable");
        }
        finally {
            KEYS.setAvailable(true);
        }
        // Keys reachable again (a failed fetch is not cached), but Redis is still down.
        client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("service_unavailable")
                .jsonPath("$.error.details.reason").isEqualTo("revoke_list_unavailable");
    }
}
