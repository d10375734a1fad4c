package com.allocar.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.allocar.e2e.Members.Member;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A token revoked by identity (logout) is refused everywhere at once: by the gateway, and by every service called
 * directly, the way someone who reached a service port would try it.
 */
class RevocationE2E {

    private final TestHttp gateway = new TestHttp(Fleet.GATEWAY);

    /** A route of each service that needs a member, and what it answers a valid token. */
    private static final Map<String, String> MEMBER_ROUTES = Map.of(
            Fleet.IDENTITY, "/api/v1/me",
            "http://127.0.0.1:" + Fleet.TRIP_PORT, "/api/v1/vehicles",
            "http://127.0.0.1:" + Fleet.BOOKING_PORT, "/api/v1/bookings?role=passenger",
            Fleet.PAYMENT, "/api/v1/payments/" + UUID.randomUUID(),
            "http://127.0.0.1:" + Fleet.WALLET_PORT, "/api/v1/wallet");

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void afterLogoutTheTokenIsRefusedByTheGatewayAndByEveryServiceCalledDirectly() {
        Member member = Members.signUp(gateway, "Koffi", "Kouamé");
        MEMBER_ROUTES.forEach((service, path) -> {
            var before = new TestHttp(service).get(path, member.auth());
            assertThat(before.status()).as(service + path + " " + before).isIn(200, 404);
        });

        var logout = gateway.post("/api/v1/auth/logout", null, member.auth());
        assertThat(logout.status()).as(logout.toString()).isIn(200, 204);

        var atGateway = gateway.get("/api/v1/me", member.auth());
        assertThat(atGateway.status()).isEqualTo(401);
        assertThat(atGateway.body().path("error").path("details").path("reason").asString()).isEqualTo("token_revoked");
        refusedEverywhere(member.auth());
    }

    @Test
    void aReusedRefreshTokenRevokesTheWholeSessionInEveryService() {
        Member member = Members.signUp(gateway, "Awa", "Koné");
        var first = gateway.post("/api/v1/auth/login", Map.of("identifier", member.phone(), "password", "Akwaba2025"),
                "X-Forwarded-For", member.ip());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String oldRefresh = first.data().path("refresh_token").asString();
        var rotated = gateway.post("/api/v1/auth/token/refresh", Map.of("refresh_token", oldRefresh), "X-Forwarded-For", member.ip());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String[] current = {"Authorization", TestHttp.bearer(rotated.data().path("access_token").asString())};
        MEMBER_ROUTES.forEach((service, path) -> assertThat(new TestHttp(service).get(path, current).status()).isIn(200, 404));

        // someone replays the old refresh token (stolen): identity revokes the session, so its newest token dies too
        var replay = gateway.post("/api/v1/auth/token/refresh", Map.of("refresh_token", oldRefresh), "X-Forwarded-For", member.ip());
        assertThat(replay.status()).as(replay.toString()).isEqualTo(401);
        assertThat(gateway.get("/api/v1/me", current).status()).isEqualTo(401);
        refusedEverywhere(current);
    }

    /** Services remember "not revoked" for at most 2 s (allocar.security.revocation-cache): past that, refused. */
    private static void refusedEverywhere(String[] auth) {
        MEMBER_ROUTES.forEach((service, path) -> await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    var direct = new TestHttp(service).get(path, auth);
                    assertThat(direct.status()).as(service + path + " " + direct).isEqualTo(401);
                    assertThat(direct.errorCode()).isEqualTo("auth_required");
                    assertThat(direct.body().path("error").path("details").path("reason").asString()).isEqualTo("token_revoked");
                }));
    }
}
