package com.allocar.e2e;

import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/docs is served by the gateway itself and documents identity-service's endpoints, schemas and errors. */
class ApiDocsE2E {

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void swaggerUiIsServedLocally() {
        var page = http.get("/api/docs", "X-Forwarded-For", "10.99.0.1");
        if (page.status() / 100 == 3) {
            page = http.get(page.header("Location"), "X-Forwarded-For", "10.99.0.1");
        }
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("swagger-ui").doesNotContain("cdn.jsdelivr").doesNotContain("unpkg.com");
    }

    @Test
    void identityDocumentListsEndpointsSchemasAndErrors() {
        var doc = http.get("/api/docs/identity", "X-Forwarded-For", "10.99.0.2");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        JsonNode api = doc.body();
        assertThat(api.path("openapi").asString()).startsWith("3.1");
        JsonNode paths = api.path("paths");
        for (String p : new String[] {"/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/token/refresh", "/api/v1/auth/otp/send",
                "/api/v1/auth/otp/verify", "/api/v1/auth/social/{provider}", "/api/v1/auth/logout", "/api/v1/me", "/api/v1/me/photo",
                "/api/v1/me/kyc", "/api/v1/me/kyc/status", "/api/v1/users/{id}", "/api/v1/referrals/use"}) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(paths.has("/internal/kyc/{id}/review")).isFalse();
        JsonNode register = paths.path("/api/v1/auth/register").path("post");
        assertThat(register.path("responses").has("400")).isTrue();
        assertThat(register.path("responses").has("429")).isTrue();
        assertThat(api.path("components").path("schemas").has("ErrorEnvelope")).isTrue();
        String schemas = api.path("components").path("schemas").toString();
        assertThat(schemas).contains("access_token").contains("refresh_token").doesNotContain("accessToken");
    }

    @Test
    void tripDocumentListsItsPublicEndpointsButNoInternalOnes() {
        var doc = http.get("/api/docs/trip", "X-Forwarded-For", "10.99.0.3");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        JsonNode paths = doc.body().path("paths");
        for (String p : new String[] {"/api/v1/vehicles", "/api/v1/vehicles/{id}", "/api/v1/trips", "/api/v1/trips/{id}",
                "/api/v1/trips/{id}/publish", "/api/v1/trips/{id}/cancel", "/api/v1/trips/{id}/stops", "/api/v1/trips/search"}) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(paths.toString()).doesNotContain("/internal/");
        var config = http.get("/api/docs/gateway/swagger-config", "X-Forwarded-For", "10.99.0.3");
        assertThat(config.raw()).contains("/api/docs/identity").contains("/api/docs/trip");
    }

    @Test
    void bookingDocumentListsBookingsRatingsAndDisputes() {
        var doc = http.get("/api/docs/booking", "X-Forwarded-For", "10.99.0.4");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        JsonNode paths = doc.body().path("paths");
        for (String p : new String[] {"/api/v1/bookings", "/api/v1/bookings/{id}", "/api/v1/bookings/{id}/accept", "/api/v1/bookings/{id}/reject",
                "/api/v1/bookings/{id}/cancel", "/api/v1/bookings/{id}/checkin", "/api/v1/bookings/{id}/start-ride",
                "/api/v1/bookings/{id}/end-ride", "/api/v1/ratings", "/api/v1/users/{id}/ratings", "/api/v1/disputes", "/api/v1/disputes/{id}"}) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(paths.toString()).doesNotContain("/internal/");
        assertThat(paths.path("/api/v1/bookings").path("post").path("responses").has("409")).isTrue();
    }
}
