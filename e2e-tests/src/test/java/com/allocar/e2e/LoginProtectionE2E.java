package com.allocar.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.allocar.e2e.Members.Member;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stranger cannot lock a member out before a departure: failed sign-ins on the member's phone delay the
 * stranger, while the member's own device (one that signed in before) still signs in. Through the gateway.
 */
class LoginProtectionE2E {

    private static final String PASSWORD = "Akwaba2025";

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void aStrangersTwentyFailedSignInsDoNotLockTheMemberOutOfTheirOwnDevice() {
        Member member = Members.signUp(http, "Aminata", "Diallo");
        String device = UUID.randomUUID().toString(); // the app's install id
        var first = login(member.phone(), PASSWORD, device, member.ip());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);

        String strangerIp = "10.50." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);
        List<TestHttp.Response> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(login(member.phone(), "Wrong-pass-1", null, strangerIp));
        }
        // five free failures, then waits doubling from 1 s: most of the rest is refused unchecked
        for (var r : answers.subList(0, 5)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("invalid_credentials");
        }
        List<TestHttp.Response> refused = answers.stream().filter(r -> r.status() == 429).toList();
        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(401, 429));
        assertThat(refused).isNotEmpty().allSatisfy(r -> {
            assertThat(r.errorCode()).isEqualTo("rate_limited");
            assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("login_delayed");
            assertThat(Integer.parseInt(r.header("Retry-After"))).isPositive();
        });

        var owner = login(member.phone(), PASSWORD, device, member.ip());
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
        assertThat(owner.data().path("refresh_token").asString()).isNotBlank();
        assertThat(owner.data().path("user").path("id").asString()).isEqualTo(member.id().toString());
        var me = http.get("/api/v1/me", "Authorization", TestHttp.bearer(owner.data().path("access_token").asString()),
                "X-Forwarded-For", member.ip());
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
    }

    private TestHttp.Response login(String phone, String password, String deviceId, String ip) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("identifier", phone, "password", password));
        if (deviceId != null) {
            body.put("device_id", deviceId);
        }
        return http.post("/api/v1/auth/login", body, "X-Forwarded-For", ip);
    }
}
