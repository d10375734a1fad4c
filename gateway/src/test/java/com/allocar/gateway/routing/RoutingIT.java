package com.allocar.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.allocar.gateway.support.GatewayIntegrationTest;
import com.allocar.platform.web.ClientIp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIT extends GatewayIntegrationTest {

    @Test
    void identityOwnsItsPaths() {
        String token = bearer(JWKS.token(newUserId()));
        for (String path : new String[] {"/api/v1/auth/logout", "/api/v1/me/kyc/status", "/api/v1/referrals/use"}) {
            client.post().uri(path).header(HttpHeaders.AUTHORIZATION, token).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.path").isEqualTo(path);
        }
    }

    /** The chat and the driver's position live inside booking's, trip's and identity's path spaces: messaging is matched first. */
    @Test
    void aBookingsChatAndTheMembersConversationsAreMessagings() {
        String token = bearer(JWKS.token(newUserId()));
        String booking = newUserId().toString();
        for (String path : new String[] {"/api/v1/bookings/" + booking + "/messages", "/api/v1/bookings/" + booking + "/messages/read",
                "/api/v1/bookings/" + booking + "/messages/attachments", "/api/v1/me/conversations", "/api/v1/trips/" + booking + "/driver-location"}) {
            client.post().uri(path).header(HttpHeaders.AUTHORIZATION, token).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("messaging").jsonPath("$.path").isEqualTo(path);
        }
        // the booking itself and the rest of /me stay with their owners
        client.get().uri("/api/v1/bookings/" + booking).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("booking");
        client.get().uri("/api/v1/me/conversations-not").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("identity");
        // a chat needs a member's token
        client.get().uri("/api/v1/bookings/" + booking + "/messages").exchange()
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.error.code").isEqualTo("auth_required");
    }

    /** A member's devices, feed and preferences are notification's, inside identity's /me space. */
    @Test
    void devicesNotificationsAndPreferencesAreNotifications() {
        String token = bearer(JWKS.token(newUserId()));
        for (String path : new String[] {"/api/v1/me/devices", "/api/v1/me/devices/tok-1", "/api/v1/me/notifications",
                "/api/v1/me/notifications/read", "/api/v1/me/notification-preferences"}) {
            client.post().uri(path).header(HttpHeaders.AUTHORIZATION, token).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("notification").jsonPath("$.path").isEqualTo(path);
        }
        client.post().uri("/api/v1/me/kyc/status").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("identity");
    }

    @Test
    void unknownApiPathIs404Envelope() {
        client.get().uri("/api/v1/nothing-here").header(HttpHeaders.AUTHORIZATION, bearer(JWKS.token(newUserId()))).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/json")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("not_found")
                .jsonPath("$.error.message").isNotEmpty();
    }

    @Test
    void aUsersProfileIsIdentitysAndTheirRatingsBookings() {
        String user = newUserId().toString();
        client.get().uri("/api/v1/users/" + user).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("identity");
        // public too: anyone may read a member's ratings
        client.get().uri("/api/v1/users/" + user + "/ratings").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("booking").jsonPath("$.path").isEqualTo("/api/v1/users/" + user + "/ratings");
        client.get().uri("/api/v1/users/" + user + "/ratings/extra").header(HttpHeaders.AUTHORIZATION, bearer(JWKS.token(newUserId())))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error.code").isEqualTo("not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/internal/users", "/actuator/env", "/v3/api-docs"})
    void servicesInternalsAreNeverRouted(String path) {
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(JWKS.token(newUserId()))).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error.code").isEqualTo("not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/../../internal/users", "/api/v1/auth/%2e%2e/%2e%2e/internal/users",
            "/api/v1/auth/x%2F..%2F..%2Finternal", "/api/v1/auth;x=y/../internal", "/api/v1/me/./kyc"})
    void pathsAServiceWouldNormaliseDifferentlyAreRefused(String rawPath) throws IOException {
        // Raw socket: HTTP clients would normalise the path before sending it.
        String answer = rawGet(rawPath);
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("\"code\":\"validation_error\"").contains("invalid_path");
    }

    @Autowired
    RouteLocator routeLocator;

    @Test
    void identityRouteRetriesGetsOnceOnConnectFailureOnly() {
        // A refused connection cannot be observed from outside; check the bound configuration instead.
        var identity = routeLocator.getRoutes().filter(r -> r.getId().equals("identity")).blockFirst();
        assertThat(identity).isNotNull();
        assertThat(identity.getFilters().toString())
                .contains("Retry", "retries = 1", "series = list[[empty]]", "statuses = list[[empty]]", "methods = list[GET]",
                        "exceptions = list[ConnectException]");
    }

    /** The route's breaker is not a second, shorter timeout: a 3 s answer comes through (Resilience4j's default is 1 s). */
    @Test
    void aSlowButWorkingServiceIsNotCutByItsBreaker() {
        client.get().uri("/api/v1/me/slow").header(HttpHeaders.AUTHORIZATION, bearer(JWKS.token(newUserId()))).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("identity");
        var identity = routeLocator.getRoutes().filter(r -> r.getId().equals("identity")).blockFirst();
        assertThat(identity.getFilters().toString()).contains("CircuitBreaker");
    }

    @Test
    void slowServiceIs504Envelope() {
        client.get().uri("/api/v1/test-slow/x").header(HttpHeaders.AUTHORIZATION, bearer(JWKS.token(newUserId()))).exchange()
                .expectStatus().isEqualTo(504)
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("gateway_timeout")
                .jsonPath("$.error.details.service").isEqualTo("test-slow");
    }

    @LocalManagementPort
    int managementPort;

    @Test
    void actuatorOfTheGatewayItselfIsOnTheManagementPortOnly() {
        var management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"gateway\""));
        // the public port serves none of it: metrics name internal addresses
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(401, 404))
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("application=\"gateway\""));
    }

    @Test
    void servicesLearnTheClientIpFromTheGatewayNotFromTheClient() {
        client.post().uri("/api/v1/auth/login").header(ClientIp.HEADER, "6.6.6.6").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.headers['x-client-ip'][0]").isEqualTo("127.0.0.1");
    }

    private String rawGet(String rawPath) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
