package com.allocar.gateway.cors;

import com.allocar.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class CorsIT extends GatewayIntegrationTest {

    private static final String ANGULAR = "http://localhost:4200";
    private static final String EVIL = "https://evil.example";

    @Test
    void preflightFromTheAngularAppIsAllowed() {
        client.options().uri("/api/v1/me")
                .header(HttpHeaders.ORIGIN, ANGULAR)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANGULAR)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, v -> assertThat(v).contains("PATCH").contains("DELETE"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, v -> assertThat(v.toLowerCase()).contains("authorization").contains("idempotency-key"))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)
                .expectHeader().exists("X-Content-Type-Options");
    }

    @Test
    void preflightFromAForeignOriginIs403Envelope() {
        client.options().uri("/api/v1/me")
                .header(HttpHeaders.ORIGIN, EVIL)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("forbidden")
                .jsonPath("$.error.details.origin").isEqualTo(EVIL);
    }

    @Test
    void preflightAskingForAnUnlistedHeaderIsRefused() {
        client.options().uri("/api/v1/me")
                .header(HttpHeaders.ORIGIN, ANGULAR)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "x-user-id")
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.error.code").isEqualTo("forbidden");
    }

    @Test
    void actualRequestFromTheAngularAppGetsCorsHeaders() {
        client.get().uri("/api/v1/users/" + newUserId()).header(HttpHeaders.ORIGIN, ANGULAR).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANGULAR)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, v -> assertThat(v).contains("X-Request-Id").contains("Retry-After"));
    }

    @Test
    void errorsSentToTheAngularAppAreReadableByIt() {
        client.get().uri("/api/v1/me").header(HttpHeaders.ORIGIN, ANGULAR).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANGULAR);
    }

    @Test
    void actualRequestFromAForeignOriginIsRefused() {
        client.get().uri("/api/v1/users/" + newUserId()).header(HttpHeaders.ORIGIN, EVIL).exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectBody().jsonPath("$.error.code").isEqualTo("forbidden");
    }

    @Test
    void requestsWithoutOriginAreNotCors() {
        client.get().uri("/api/v1/users/" + newUserId()).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
