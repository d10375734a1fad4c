package com.allocar.admin.login;

import java.util.Map;
import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /admin/login against the real Keycloak: the console's authorization code + PKCE flow, then a refresh. */
class LoginIT extends AdminIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theConsolesCodeBecomesTokensThatOpenTheStaffApi() {
        var code = TestStaff.authorizationCode("staff-finance");
        var signedIn = http().post("/api/v1/admin/login", Map.of("code", code.code(), "code_verifier", code.verifier(), "redirect_uri", code.redirectUri()));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.header("Cache-Control")).contains("no-store");
        assertThat(signedIn.data().path("token_type").asString()).isEqualToIgnoringCase("bearer");
        assertThat(signedIn.data().path("staff").path("roles").toString()).isEqualTo("[\"finance\"]");
        String staffId = signedIn.data().path("staff").path("id").asString();

        var me = http().get("/api/v1/admin/me", "Authorization", TestHttp.bearer(signedIn.data().path("access_token").asString()));
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.data().path("id").asString()).isEqualTo(staffId);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_logs WHERE action = 'staff.sign_in' AND actor_id = ?::uuid").param(staffId)
                .query(Long.class).single()).isPositive();


        var refreshed = http().post("/api/v1/admin/login", Map.of("refresh_token", signedIn.data().path("refresh_token").asString()));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.data().path("staff").path("id").asString()).isEqualTo(staffId);

        // a code is good once (Keycloak: invalid_grant) — and its replay ends the session it opened (Keycloak revokes it)
        var replay = http().post("/api/v1/admin/login", Map.of("code", code.code(), "code_verifier", code.verifier(), "redirect_uri", code.redirectUri()));
        assertThat(replay.status()).as(replay.toString()).isEqualTo(401);
        assertThat(replay.errorCode()).isEqualTo("auth_required");
        assertThat(replay.body().path("error").path("details").path("reason").asString()).isEqualTo("invalid_grant");
        assertThat(http().post("/api/v1/admin/login", Map.of("refresh_token", refreshed.data().path("refresh_token").asString())).status())
                .isEqualTo(401);
    }

    @Test
    void aCodeWithoutItsVerifierIsRefused() {
        var code = TestStaff.authorizationCode("staff-ops");
        String otherVerifier = "x".repeat(43);
        var wrong = http().post("/api/v1/admin/login", Map.of("code", code.code(), "code_verifier", otherVerifier, "redirect_uri", code.redirectUri()));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        assertThat(wrong.body().path("error").path("details").path("reason").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void malformedSignInsAreValidationErrors() {
        String verifier = "v".repeat(43);
        for (Object body : new Object[] {Map.of(), Map.of("code", "c"), Map.of("code", "c", "code_verifier", verifier),
                Map.of("code", "c", "code_verifier", "short", "redirect_uri", "http://localhost:4200/cb"),
                Map.of("code", "c", "code_verifier", verifier, "redirect_uri", "javascript:alert(1)"),
                Map.of("code", "c", "code_verifier", verifier, "redirect_uri", "http://localhost:4200/cb", "refresh_token", "r"),
                Map.of("password", "hunter2"), Map.of("refresh_token", "")}) {
            var r = http().post("/api/v1/admin/login", body);
            assertThat(r.status()).as(body + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(http().post("/api/v1/admin/login", Map.of("refresh_token", UUID.randomUUID().toString())).status()).isEqualTo(401);
    }
}
