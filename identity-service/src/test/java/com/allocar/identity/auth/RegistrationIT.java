package com.allocar.identity.auth;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.events.OutboxRelay;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestPhones;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationIT extends IdentityIT {

    @Autowired
    OutboxRelay relay;

    @Test
    void registersByPhoneSendsSmsCodeAndVerifies() {
        String phone = TestPhones.ivorianMobile();
        var reg = http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD, "first_name", "Koffi"));
        assertThat(reg.status()).isEqualTo(201);
        assertThat(reg.data().path("user").path("phone").asString()).isEqualTo(phone);
        assertThat(reg.data().path("user").path("is_phone_verified").asBoolean()).isFalse();
        assertThat(reg.data().path("verification").path("channel").asString()).isEqualTo("phone");
        assertThat(reg.data().path("verification").path("destination").asString()).doesNotContain(phone.substring(5));
        assertThat(reg.body().path("meta").path("request_id").asString()).isNotBlank();

        // not verified yet: password sign-in is refused with a clear reason
        var early = http().post("/api/v1/auth/login", Map.of("identifier", phone, "password", PASSWORD));
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.body().path("error").path("details").path("reason").asString()).isEqualTo("verification_required");

        var verified = http().post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", inbox.latestSmsCode(phone)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.data().path("access_token").asString()).isNotBlank();
        assertThat(verified.data().path("user").path("is_phone_verified").asBoolean()).isTrue();

        var login = http().post("/api/v1/auth/login", Map.of("identifier", phone, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.data().path("token_type").asString()).isEqualTo("Bearer");
        assertThat(login.data().path("expires_in").asInt()).isBetween(1, 900);
    }

    @Test
    void phoneWithSpacesIsNormalisedToE164() {
        String phone = TestPhones.ivorianMobile();
        String spaced = phone.substring(0, 4) + " " + phone.substring(4, 6) + " " + phone.substring(6);
        var reg = http().post("/api/v1/auth/register", Map.of("phone", spaced, "password", PASSWORD));
        assertThat(reg.status()).isEqualTo(201);
        assertThat(reg.data().path("user").path("phone").asString()).isEqualTo(phone);
    }

    @Test
    void registersByEmailWithCodeDeliveredOverSmtp() {
        String email = TestPhones.email();
        var reg = http().post("/api/v1/auth/register", Map.of("email", email.toUpperCase(), "password", PASSWORD));
        assertThat(reg.status()).isEqualTo(201);
        assertThat(reg.data().path("user").path("email").asString()).isEqualTo(email);
        String code = inbox.latestMailCode(email);
        var verified = http().post("/api/v1/auth/otp/verify", Map.of("email", email, "code", code));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.data().path("user").path("is_email_verified").asBoolean()).isTrue();
        var login = http().post("/api/v1/auth/login", Map.of("identifier", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void rejectsInvalidPhonesAndEmails() {
        for (String bad : new String[] {"0701020304", "+225070102", "+22599999999999", "+2250701020304x", "phone"}) {
            var r = http().post("/api/v1/auth/register", Map.of("phone", bad, "password", PASSWORD));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
            assertThat(r.body().path("error").path("details").path("fields").get(0).path("field").asString()).isEqualTo("phone");
        }
        for (String bad : new String[] {"awa", "awa@", "@example.ci", "awa@example", "a b@example.ci", "awa..k@example.ci"}) {
            var r = http().post("/api/v1/auth/register", Map.of("email", bad, "password", PASSWORD));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
    }

    @Test
    void rejectsWeakPasswordsMissingFieldsUnknownFieldsAndBadJson() {
        var weak = http().post("/api/v1/auth/register", Map.of("phone", TestPhones.ivorianMobile(), "password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body().path("error").path("details").path("fields").get(0).path("field").asString()).isEqualTo("password");

        var both = http().post("/api/v1/auth/register", Map.of("phone", TestPhones.ivorianMobile(), "email", TestPhones.email(), "password", PASSWORD));
        assertThat(both.status()).isEqualTo(400);

        var neither = http().post("/api/v1/auth/register", Map.of("password", PASSWORD));
        assertThat(neither.status()).isEqualTo(400);

        Map<String, Object> unknown = new HashMap<>(Map.of("phone", TestPhones.ivorianMobile(), "password", PASSWORD, "is_admin", true));
        var u = http().post("/api/v1/auth/register", unknown);
        assertThat(u.status()).isEqualTo(400);
        assertThat(u.body().path("error").path("details").path("fields").get(0).path("field").asString()).isEqualTo("is_admin");

        var malformed = http().post("/api/v1/auth/register", "{\"phone\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("validation_error");
        assertThat(malformed.raw()).doesNotContain("Exception").doesNotContain("at com.");

        var wrongType = http().post("/api/v1/auth/register", "{\"phone\": [1,2], \"password\": \"" + PASSWORD + "\"}");
        assertThat(wrongType.status()).isEqualTo(400);
    }

    @Test
    void duplicateRegistrationIsAConflict() {
        String phone = TestPhones.ivorianMobile();
        assertThat(http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD)).status()).isEqualTo(201);
        var again = http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("conflict");
        assertThat(again.body().path("error").path("details").path("field").asString()).isEqualTo("phone");
    }

    @Test
    void wrongCodeFourTimesIsRateLimitedEvenWithTheRightCode() {
        String phone = TestPhones.ivorianMobile();
        http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD));
        String code = inbox.latestSmsCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 3; i++) {
            var r = http().post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", wrong));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
            assertThat(r.body().path("error").path("details").path("attempts_remaining").asInt()).isEqualTo(3 - i);
        }
        var fourth = http().post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", code));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.errorCode()).isEqualTo("rate_limited");
        assertThat(Integer.parseInt(fourth.header("Retry-After"))).isBetween(1, 600);
    }

    @Test
    void expiredCodeIsRefused() {
        String phone = TestPhones.ivorianMobile();
        http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD));
        String code = inbox.latestSmsCode(phone);
        jdbc.sql("UPDATE otp_challenges SET expires_at = now() - interval '1 second' WHERE destination = ?").param(phone).update();
        var r = http().post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", code));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("error").path("details").path("fields").get(0).path("message").asString()).contains("expired");
    }

    @Test
    void codesAreStoredHashedAndResendingIsLimited() {
        String phone = TestPhones.ivorianMobile();
        http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD)); // send 1
        String code = inbox.latestSmsCode(phone);
        String stored = jdbc.sql("SELECT code_hash FROM otp_challenges WHERE destination = ? ORDER BY created_at DESC LIMIT 1")
                .param(phone).query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(code);

        assertThat(http().post("/api/v1/auth/otp/send", Map.of("phone", phone)).status()).isEqualTo(202); // send 2
        assertThat(http().post("/api/v1/auth/otp/send", Map.of("phone", phone)).status()).isEqualTo(202); // send 3
        var fourth = http().post("/api/v1/auth/otp/send", Map.of("phone", phone));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.errorCode()).isEqualTo("rate_limited");
        assertThat(inbox.smsCount(phone)).isEqualTo(3);

        // the newest code supersedes the first one
        String newest = inbox.latestSmsCode(phone);
        if (!newest.equals(code)) {
            var old = http().post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", code));
            assertThat(old.status()).isEqualTo(400);
        }
        assertThat(http().post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", newest)).status()).isEqualTo(200);
    }

    @Test
    void sendingACodeToAnUnknownNumberLooksTheSameButSendsNothing() {
        String phone = TestPhones.ivorianMobile();
        var r = http().post("/api/v1/auth/otp/send", Map.of("phone", phone));
        assertThat(r.status()).isEqualTo(202);
        assertThat(inbox.smsCount(phone)).isZero();
    }

    @Test
    void userRegisteredIsPublishedOnKafkaExactlyOnce() {
        String phone = TestPhones.ivorianMobile();
        var reg = http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD));
        String userId = reg.data().path("user").path("id").asString();
        relay.relayPending(); // a second relay pass must not publish again
        var records = KafkaProbe.recordsWithKey(TestInfra.KAFKA, IdentityEventType.USERS_TOPIC, userId, Duration.ofSeconds(2));
        var registered = records.stream()
                .filter(r -> new String(r.headers().lastHeader("event_type").value()).equals(IdentityEventType.USER_REGISTERED.wire()))
                .toList();
        assertThat(registered).hasSize(1);
        JsonNode envelope = com.allocar.platform.testing.TestHttp.json().readTree(registered.getFirst().value());
        assertThat(envelope.path("type").asString()).isEqualTo("user.registered");
        assertThat(envelope.path("aggregate_id").asString()).isEqualTo(userId);
        assertThat(envelope.path("event_id").asString()).isNotBlank();
        assertThat(envelope.path("payload").path("phone").asString()).isEqualTo(phone);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND type = 'user.registered' AND published_at IS NOT NULL")
                .param(userId).query(Long.class).single()).isEqualTo(1);
    }
}
