package com.allocar.identity.auth.login;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestPhones;
import com.allocar.platform.web.ClientIp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stranger's failed sign-ins on a member's phone must not lock the member out. The it profile sets a 20 s
 * first wait (no request here can outlast it) and a ceiling of 10; "time passing" is deleting a Redis key.
 */
class LoginProtectionIT extends IdentityIT {

    private static final String WRONG = "Wrong-pass-1";

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    LoginProperties props;

    @Test
    void aStrangersFailuresDelayOnlyTheStrangerWhileTheOwnersDeviceSignsIn() {
        String phone = signedUpUser().path("user").path("phone").asString();
        String ownerDevice = newDeviceId();
        assertThat(login(phone, PASSWORD, ownerDevice, "198.51.100.7").status()).isEqualTo(200);

        String strangerIp = "203.0.113.9";
        List<TestHttp.Response> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(login(phone, WRONG, null, strangerIp));
        }
        // the free failures, and failure N+1, which imposes the first wait, check the password …
        for (var r : answers.subList(0, props.maxFailures() + 1)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("invalid_credentials");
        }
        // … every attempt during the wait is refused without checking it
        for (var r : answers.subList(props.maxFailures() + 1, 20)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(429);
            assertThat(r.errorCode()).isEqualTo("rate_limited");
            assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("login_delayed");
            assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, props.firstDelay().toSeconds());
        }
        LoginClient stranger = LoginClient.of(null, strangerIp);
        assertThat(waitMs(phone, stranger)).isBetween(1L, props.firstDelay().toMillis());
        assertThat(redis.opsForValue().get(LoginThrottle.failuresKey(phone, stranger))).isEqualTo(String.valueOf(props.maxFailures() + 1));

        // the wait ends; the next failure doubles it
        redis.delete(LoginThrottle.waitKey(phone, stranger));
        assertThat(login(phone, WRONG, null, strangerIp).status()).isEqualTo(401);
        assertThat(waitMs(phone, stranger)).isBetween(props.firstDelay().toMillis() + 1, 2 * props.firstDelay().toMillis());

        // the owner signs in from their device, even on the stranger's network: the device is the client
        var owner = login(phone, PASSWORD, ownerDevice, strangerIp);
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
        assertThat(owner.data().path("access_token").asString()).isNotBlank();
        // and so does a device never seen before: below the ceiling it only has its own (empty) count
        assertThat(login(phone, PASSWORD, newDeviceId(), strangerIp).status()).isEqualTo(200);
        // the owner's successes did not reset the stranger
        assertThat(login(phone, PASSWORD, null, strangerIp).status()).isEqualTo(429);
    }

    @Test
    void pastTheIdentifiersCeilingOnlyTrustedDevicesMayTryEachUnderItsOwnDelay() {
        var user = signedUpUser().path("user");
        String phone = user.path("phone").asString();
        String ownerDevice = newDeviceId();
        assertThat(login(phone, PASSWORD, ownerDevice, "198.51.100.8").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT device_hash FROM trusted_devices WHERE user_id = ?::uuid").param(user.path("id").asString())
                .query(String.class).list()).containsExactly(LoginClient.sha256(ownerDevice));

        // a guesser rotating device ids stays within each device's free failures, until the ceiling
        String strangerDevice = null;
        for (int i = 0; i < props.identifierCeiling(); i++) {
            if (i % props.maxFailures() == 0) {
                strangerDevice = newDeviceId();
            }
            assertThat(login(phone, WRONG, strangerDevice, "203.0.113.10").status()).as("failure %d", i + 1).isEqualTo(401);
        }
        assertThat(redis.opsForValue().get(LoginThrottle.ceilingKey(phone))).isEqualTo(String.valueOf(props.identifierCeiling()));

        // an unknown client is refused, even with the right password; so is an IP-only one
        var unknown = login(phone, PASSWORD, newDeviceId(), "192.0.2.1");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(429);
        assertThat(unknown.errorCode()).isEqualTo("rate_limited");
        assertThat(unknown.body().path("error").path("details").path("reason").asString()).isEqualTo("untrusted_client_blocked");
        assertThat(Long.parseLong(unknown.header("Retry-After"))).isBetween(1L, props.ceilingWindow().toSeconds());
        assertThat(login(phone, PASSWORD, null, "192.0.2.2").status()).isEqualTo(429);

        // the owner's device is not
        var owner = login(phone, PASSWORD, ownerDevice, "192.0.2.3");
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);

        // but a trusted device is no master key: it has its own progressive delay
        for (int i = 0; i <= props.maxFailures(); i++) {
            assertThat(login(phone, WRONG, ownerDevice, "192.0.2.3").status()).isEqualTo(401);
        }
        var delayed = login(phone, PASSWORD, ownerDevice, "192.0.2.3");
        assertThat(delayed.status()).isEqualTo(429);
        assertThat(delayed.body().path("error").path("details").path("reason").asString()).isEqualTo("login_delayed");
    }

    @Test
    void aSuccessfulSignInResetsThatClientsCountOnly() {
        String phone = signedUpUser().path("user").path("phone").asString();
        // the client IP is the one the gateway resolved and forwarded in X-Client-Ip
        for (int i = 0; i < 4; i++) {
            assertThat(login(phone, WRONG, null, "198.51.100.20").status()).isEqualTo(401);
            assertThat(login(phone, WRONG, null, "198.51.100.21").status()).isEqualTo(401);
        }
        LoginClient first = LoginClient.of(null, "198.51.100.20");
        LoginClient second = LoginClient.of(null, "198.51.100.21");
        assertThat(redis.opsForValue().get(LoginThrottle.failuresKey(phone, first))).isEqualTo("4");
        assertThat(redis.getExpire(LoginThrottle.failuresKey(phone, first), TimeUnit.SECONDS)).isBetween(1L, props.window().toSeconds());

        assertThat(login(phone, PASSWORD, null, "198.51.100.20").status()).isEqualTo(200);
        assertThat(redis.hasKey(LoginThrottle.failuresKey(phone, first))).isFalse();
        assertThat(redis.opsForValue().get(LoginThrottle.failuresKey(phone, second))).isEqualTo("4");
        // failures, not successes, count toward the ceiling
        assertThat(redis.opsForValue().get(LoginThrottle.ceilingKey(phone))).isEqualTo("8");
    }

    @Test
    void unknownIdentifiersAreThrottledLikeMembersSoTheLimitsRevealNoAccount() {
        String phone = TestPhones.ivorianMobile();
        for (int i = 0; i <= props.maxFailures(); i++) {
            assertThat(login(phone, WRONG, null, "198.51.100.30").status()).isEqualTo(401);
        }
        assertThat(login(phone, WRONG, null, "198.51.100.30").status()).isEqualTo(429);
    }

    @Test
    void aDeviceIdIsSixteenTo128UrlSafeCharacters() {
        String phone = signedUpUser().path("user").path("phone").asString();
        for (String bad : new String[] {"", "too-short-12345", "x".repeat(129), "has spaces 0123456789", "slash/es/0123456789", "émoji-device-0123456"}) {
            var r = login(phone, PASSWORD, bad, "198.51.100.40");
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
            assertThat(r.body().path("error").path("details").path("fields").get(0).path("field").asString()).isEqualTo("device_id");
        }
        assertThat(login(phone, PASSWORD, "a".repeat(16), "198.51.100.40").status()).isEqualTo(200);
        assertThat(login(phone, PASSWORD, "Z_-9".repeat(32), "198.51.100.40").status()).isEqualTo(200);
        // a refused request is not an attempt
        assertThat(redis.hasKey(LoginThrottle.failuresKey(phone, LoginClient.of(null, "198.51.100.40")))).isFalse();
    }

    private TestHttp.Response login(String identifier, String password, @Nullable String deviceId, String clientIp) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("identifier", identifier, "password", password));
        if (deviceId != null) {
            body.put("device_id", deviceId);
        }
        return http().post("/api/v1/auth/login", body, ClientIp.HEADER, clientIp);
    }

    private long waitMs(String identifier, LoginClient client) {
        return redis.getExpire(LoginThrottle.waitKey(identifier, client), TimeUnit.MILLISECONDS);
    }

    private static String newDeviceId() {
        return UUID.randomUUID().toString();
    }
}
