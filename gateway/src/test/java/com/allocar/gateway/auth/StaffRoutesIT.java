package com.allocar.gateway.auth;

import java.util.List;

import com.allocar.gateway.support.GatewayIntegrationTest;
import com.allocar.platform.testing.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

/**
 * {@code /api/v1/admin/**} against the real Keycloak of {@code ./allocar test}: its tokens (JWKS, issuer, audience,
 * realm roles) pass with the staff id and roles downstream; no token → 401; a member's token → 403; a tampered one → 401;
 * and member routes do not take a Keycloak token.
 */
class StaffRoutesIT extends GatewayIntegrationTest {

    @Test
    void aStaffTokenReachesTheStaffApiWithItsIdAndOnlyItsStaffRoles() {
        String token = TestStaff.token("support");
        client.get().uri("/api/v1/admin/users?status=active").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header("X-User-Roles", "super").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/v1/admin/users")
                .jsonPath("$.headers['x-user-id'][0]").value(id -> org.assertj.core.api.Assertions.assertThat((String) id).hasSize(36))
                // Keycloak's default-roles-allocar, offline_access… are not ours; the client's spoofed "super" is dropped
                .jsonPath("$.headers['x-user-roles']").isEqualTo(List.of("support"));
    }

    @Test
    void eachRoleIsPassedAsKeycloakGaveIt() {
        for (String role : List.of("super", "ops", "finance", "compliance")) {
            client.get().uri("/api/v1/admin/kyc/pending").header(HttpHeaders.AUTHORIZATION, bearer(TestStaff.token(role))).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.headers['x-user-roles']").isEqualTo(List.of(role));
        }
    }

    @Test
    void theConsolesSignInIsTheOneStaffRouteOpenWithoutAToken() {
        client.post().uri("/api/v1/admin/login").header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{\"refresh_token\":\"r\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("admin").jsonPath("$.path").isEqualTo("/api/v1/admin/login");
        client.get().uri("/api/v1/admin/login").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void noTokenOnTheStaffApiIs401() {
        client.get().uri("/api/v1/admin/users").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error.code").isEqualTo("auth_required")
                .jsonPath("$.error.details.reason").isEqualTo("missing_token");
    }

    @Test
    void aMembersTokenOnTheStaffApiIs403() {
        client.get().uri("/api/v1/admin/users").header(HttpHeaders.AUTHORIZATION, bearer(JWKS.token(newUserId()))).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.error.code").isEqualTo("forbidden")
                .jsonPath("$.error.details.reason").isEqualTo("staff_only");
    }

    @Test
    void aTamperedStaffTokenIs401() {
        String token = TestStaff.token("ops");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        client.get().uri("/api/v1/admin/users").header(HttpHeaders.AUTHORIZATION, bearer(forged)).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error.details.reason").isEqualTo("invalid_token");
    }

    @Test
    void aMemberRouteRefusesAKeycloakToken() {
        client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(TestStaff.token("super"))).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error.code").isEqualTo("auth_required")
                .jsonPath("$.error.details.reason").isEqualTo("invalid_token");
    }
}
