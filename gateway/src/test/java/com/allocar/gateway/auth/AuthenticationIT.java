package com.allocar.gateway.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.allocar.gateway.support.GatewayIntegrationTest;
import com.allocar.platform.security.TokenClaims;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationIT extends GatewayIntegrationTest {

    @Test
    void protectedRouteWithoutTokenIs401MissingToken() {
        client.get().uri("/api/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType("application/json")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("auth_required")
                .jsonPath("$.error.message").isNotEmpty()
                .jsonPath("$.error.details.reason").isEqualTo("missing_token");
    }

    @Test
    void refusedRequestWithABodyIsAnsweredWithoutReadingIt() {
        client.post().uri("/api/v1/me/kyc").header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue("{\"doc_type\":\"cni\",\"padding\":\"" + "x".repeat(64 * 1024) + "\"}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error.details.reason").isEqualTo("missing_token");
    }

    @Test
    void nonBearerAuthorizationIsMissingToken() {
        client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error.details.reason").isEqualTo("missing_token");
    }

    @Test
    void expiredTokenIs401TokenExpired() {
        String token = JWKS.token(newUserId(), c -> c
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(30))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10)))));
        expectRefused(token, "token_expired")
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""));
    }

    @Test
    void tokenSignedWithAnotherKeyIsInvalid() {
        expectRefused(JWKS.signWithForeignKey(JWKS.accessClaims(newUserId()).build()), "invalid_token");
    }

    @Test
    void expiredTokenWithBadSignatureIsInvalidNotExpired() {
        JWTClaimsSet claims = JWKS.accessClaims(newUserId())
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10)))).build();
        expectRefused(JWKS.signWithForeignKey(claims), "invalid_token");
    }

    @Test
    void wrongIssuerIsInvalid() {
        expectRefused(JWKS.token(newUserId(), c -> c.issuer("someone-else")), "invalid_token");
    }

    @Test
    void wrongAudienceIsInvalid() {
        expectRefused(JWKS.token(newUserId(), c -> c.audience(List.of("allocar-admin"))), "invalid_token");
    }

    @Test
    void refreshTokenIsNotAnAccessToken() {
        expectRefused(JWKS.token(newUserId(), c -> c.claim(TokenClaims.TOKEN_TYPE, "refresh")), "invalid_token");
    }

    @Test
    void tokenWithoutTypeIsInvalid() {
        expectRefused(JWKS.token(newUserId(), c -> c.claim(TokenClaims.TOKEN_TYPE, null)), "invalid_token");
    }

    @Test
    void garbageTokenIsInvalid() {
        expectRefused("not-a-jwt", "invalid_token");
    }

    @Test
    void revokedTokenIdIsRefused() {
        String jti = UUID.randomUUID().toString();
        String token = JWKS.token(newUserId(), c -> c.jwtID(jti));
        redis.opsForValue().set(TokenClaims.revokedTokenKey(jti), "1", Duration.ofMinutes(5)).block();
        expectRefused(token, "token_revoked");
    }

    @Test
    void revokedSessionIsRefused() {
        String sid = UUID.randomUUID().toString();
        String token = JWKS.token(newUserId(), c -> c.claim(TokenClaims.SESSION_ID, sid));
        redis.opsForValue().set(TokenClaims.revokedSessionKey(sid), "1", Duration.ofMinutes(5)).block();
        expectRefused(token, "token_revoked");
    }

    @Test
    void validTokenIsForwardedWithTheCallerIdentityAndRequestId() {
        String userId = newUserId();
        String token = JWKS.token(userId);
        client.get().uri("/api/v1/me?fields=phone").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header("X-Request-Id", "test-request-0001")
                .header("X-User-Id", "someone-else")
                .header("X-User-Roles", "admin")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "test-request-0001")
                .expectBody()
                .jsonPath("$.method").isEqualTo("GET")
                .jsonPath("$.path").isEqualTo("/api/v1/me")
                .jsonPath("$.query").isEqualTo("fields=phone")
                .jsonPath("$.headers['x-user-id']").isEqualTo(List.of(userId))
                .jsonPath("$.headers['x-user-roles']").isEqualTo(List.of("passenger,driver"))
                .jsonPath("$.headers['x-request-id']").isEqualTo(List.of("test-request-0001"))
                .jsonPath("$.headers['authorization']").isEqualTo(List.of(bearer(token)));
    }

    @Test
    void requestBodyIsForwardedUnchanged() {
        String token = JWKS.token(newUserId());
        client.patch().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue("{\"first_name\":\"Awa\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.method").isEqualTo("PATCH")
                .jsonPath("$.body").isEqualTo("{\"first_name\":\"Awa\"}");
    }

    @Test
    void publicRouteIsForwardedWithoutToken() {
        client.post().uri("/api/v1/auth/login").header("X-User-Id", "spoofed")
                .header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/v1/auth/login")
                .jsonPath("$.headers['x-user-id']").doesNotExist()
                .jsonPath("$.headers['x-request-id']").isNotEmpty();
    }

    @Test
    void publicRouteForwardsAnyTokenUntouchedWithoutCheckingIt() {
        String expired = JWKS.token(newUserId(), c -> c.expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1)))));
        client.get().uri("/api/v1/users/" + newUserId()).header(HttpHeaders.AUTHORIZATION, bearer(expired))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers['authorization']").isEqualTo(List.of(bearer(expired)))
                .jsonPath("$.headers['x-user-id']").doesNotExist();
    }

    @Test
    void publicPathIsMethodSpecific() {
        // GET /api/v1/users/* is public; DELETE on the same path is not.
        client.delete().uri("/api/v1/users/" + newUserId()).exchange()
                .expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec expectRefused(String token, String reason) {
        WebTestClient.ResponseSpec spec = client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange();
        spec.expectStatus().isUnauthorized()
                .expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("auth_required")
                .jsonPath("$.error.details.reason").isEqualTo(reason);
        return spec;
    }
}
