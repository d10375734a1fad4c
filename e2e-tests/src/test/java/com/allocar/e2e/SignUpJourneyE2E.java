package com.allocar.e2e;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.allocar.platform.testing.DevInbox;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestPhones;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation's journey, through the gateway, exactly as a person does it with the app. */
class SignUpJourneyE2E {

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);
    private final DevInbox inbox = DevInbox.forTests();
    private final String clientIp = "10.20." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void registerVerifyLoginMeRefreshAndReuseRejected() {
        String phone = TestPhones.ivorianMobile();
        var reg = post("/api/v1/auth/register", Map.of("phone", phone, "password", "Akwaba2025", "first_name", "Awa"));
        assertThat(reg.status()).as(reg.toString()).isEqualTo(201);
        assertThat(reg.header("X-Request-Id")).isNotBlank();
        assertThat(reg.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(reg.header("X-Content-Type-Options")).isEqualTo("nosniff");

        String code = inbox.latestSmsCode(phone);
        var verified = post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", code));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);

        var login = post("/api/v1/auth/login", Map.of("identifier", phone, "password", "Akwaba2025"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String access = login.data().path("access_token").asString();
        String refresh = login.data().path("refresh_token").asString();

        var me = http.get("/api/v1/me", "Authorization", TestHttp.bearer(access), "X-Forwarded-For", clientIp);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.data().path("phone").asString()).isEqualTo(phone);
        assertThat(me.data().path("is_phone_verified").asBoolean()).isTrue();

        var rotated = post("/api/v1/auth/token/refresh", Map.of("refresh_token", refresh));
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String newAccess = rotated.data().path("access_token").asString();
        assertThat(http.get("/api/v1/me", "Authorization", TestHttp.bearer(newAccess), "X-Forwarded-For", clientIp).status()).isEqualTo(200);

        var reused = post("/api/v1/auth/token/refresh", Map.of("refresh_token", refresh));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.errorCode()).isEqualTo("auth_required");
        assertThat(reused.body().path("error").path("details").path("reason").asString()).isEqualTo("refresh_token_reused");

        // the reuse revoked the session: the gateway now refuses its access tokens too
        var revoked = http.get("/api/v1/me", "Authorization", TestHttp.bearer(newAccess), "X-Forwarded-For", clientIp);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body().path("error").path("details").path("reason").asString()).isEqualTo("token_revoked");
    }

    @Test
    void logoutKillsTheAccessTokenAtTheGateway() {
        String phone = TestPhones.ivorianMobile();
        post("/api/v1/auth/register", Map.of("phone", phone, "password", "Akwaba2025"));
        var session = post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", inbox.latestSmsCode(phone)));
        String access = session.data().path("access_token").asString();
        var out = http.post("/api/v1/auth/logout", null, "Authorization", TestHttp.bearer(access), "X-Forwarded-For", clientIp);
        assertThat(out.status()).isEqualTo(204);
        var after = http.get("/api/v1/me", "Authorization", TestHttp.bearer(access), "X-Forwarded-For", clientIp);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.body().path("error").path("details").path("reason").asString()).isEqualTo("token_revoked");
    }

    @Test
    void protectedRoutesNeedAToken() {
        var r = http.get("/api/v1/me", "X-Forwarded-For", clientIp);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("auth_required");
        assertThat(http.get("/api/v1/me", "Authorization", "Bearer garbage", "X-Forwarded-For", clientIp).status()).isEqualTo(401);
        assertThat(http.get("/internal/kyc/pending", "X-Forwarded-For", clientIp).status()).isIn(401, 404);
    }

    @Test
    void authRoutesAreRateLimitedPerClientIp() {
        String ip = "10.30." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);
        TestHttp.Response last = null;
        for (int i = 0; i < 21; i++) {
            last = http.post("/api/v1/auth/login", Map.of("identifier", TestPhones.ivorianMobile(), "password", "Wrong-pass-1"),
                    "X-Forwarded-For", ip);
            if (i < 20) {
                assertThat(last.status()).as("request %d", i + 1).isEqualTo(401);
            }
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.errorCode()).isEqualTo("rate_limited");
        assertThat(last.body().path("error").path("details").path("limit").asInt()).isEqualTo(20);
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
        // another client is not affected
        assertThat(http.post("/api/v1/auth/login", Map.of("identifier", TestPhones.ivorianMobile(), "password", "Wrong-pass-1"),
                "X-Forwarded-For", clientIp).status()).isEqualTo(401);
    }

    private TestHttp.Response post(String path, Object body) {
        return http.post(path, body, "X-Forwarded-For", clientIp);
    }
}
