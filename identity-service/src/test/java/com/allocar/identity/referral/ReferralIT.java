package com.allocar.identity.referral;

import java.math.BigDecimal;
import java.util.Map;

import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.settings.PlatformSettings;
import com.allocar.platform.testing.TestSettings;
import com.allocar.platform.testing.TestPhones;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralIT extends IdentityIT {

    @Test
    void aNewUserAppliesAFriendsCodeOnce() {
        JsonNode referrer = signedUpUser();
        JsonNode referee = signedUpUser();
        String code = referrer.path("user").path("referral_code").asString();
        var used = http().post("/api/v1/referrals/use", Map.of("code", code.toLowerCase()), "Authorization", auth(referee));
        assertThat(used.status()).as(used.toString()).isEqualTo(201);
        assertThat(used.data().path("referrer_id").asString()).isEqualTo(referrer.path("user").path("id").asString());
        assertThat(used.data().path("status").asString()).isEqualTo("pending");
        assertThat(used.data().path("currency").asString()).isEqualTo("XOF");

        var twice = http().post("/api/v1/referrals/use", Map.of("code", code), "Authorization", auth(referee));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("error").path("details").path("reason").asString()).isEqualTo("already_referred");
    }

    @Test
    void ownUnknownAndLateCodesAreRefused() {
        JsonNode user = signedUpUser();
        var own = http().post("/api/v1/referrals/use", Map.of("code", user.path("user").path("referral_code").asString()), "Authorization", auth(user));
        assertThat(own.status()).isEqualTo(400);
        var unknown = http().post("/api/v1/referrals/use", Map.of("code", "ZZZZZZZZ"), "Authorization", auth(user));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("validation_error");

        JsonNode referrer = signedUpUser();
        jdbc.sql("UPDATE users SET created_at = now() - interval '8 days' WHERE id = ?::uuid").param(user.path("user").path("id").asString()).update();
        var late = http().post("/api/v1/referrals/use", Map.of("code", referrer.path("user").path("referral_code").asString()), "Authorization", auth(user));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().path("error").path("details").path("reason").asString()).isEqualTo("referral_window_closed");
        assertThat(http().post("/api/v1/referrals/use", Map.of("code", "ABCDEFGH")).status()).isEqualTo(401);
    }

    @Test
    void aCodeCanBeGivenAtSignUp() {
        JsonNode referrer = signedUpUser();
        String phone = TestPhones.ivorianMobile();
        var reg = http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD,
                "referral_code", referrer.path("user").path("referral_code").asString()));
        assertThat(reg.status()).isEqualTo(201);
        long rows = jdbc.sql("SELECT count(*) FROM referrals WHERE referee_id = ?::uuid").param(reg.data().path("user").path("id").asString())
                .query(Long.class).single();
        assertThat(rows).isEqualTo(1);

        var badCode = http().post("/api/v1/auth/register", Map.of("phone", TestPhones.ivorianMobile(), "password", PASSWORD, "referral_code", "NOPE1234"));
        assertThat(badCode.status()).isEqualTo(400);
    }

    /** The bonuses staff set in admin settings (real Kafka) apply to the next code applied; the earlier referral keeps its own. */
    @Test
    void theBonusesInForceWhenTheCodeIsAppliedAreTheOnesPromised() {
        JsonNode referrer = signedUpUser();
        String code = referrer.path("user").path("referral_code").asString();
        JsonNode before = signedUpUser();
        assertThat(http().post("/api/v1/referrals/use", Map.of("code", code), "Authorization", auth(before)).data().path("bonus_referee")
                .decimalValue()).isEqualByComparingTo("500");
        try {
            TestSettings.publishNext(settings, Map.of("referral_bonus_referrer", 2500, "referral_bonus_referee", 1500));
            JsonNode after = signedUpUser();
            var used = http().post("/api/v1/referrals/use", Map.of("code", code), "Authorization", auth(after));
            assertThat(used.data().path("bonus_referee").decimalValue()).isEqualByComparingTo("1500");
            assertThat(jdbc.sql("SELECT bonus_referrer FROM referrals WHERE referee_id = ?::uuid").param(after.path("user").path("id").asString())
                    .query(BigDecimal.class).single()).isEqualByComparingTo("2500");
            assertThat(jdbc.sql("SELECT bonus_referrer FROM referrals WHERE referee_id = ?::uuid").param(before.path("user").path("id").asString())
                    .query(BigDecimal.class).single()).isEqualByComparingTo("1000");
        } finally {
            TestSettings.forget(jdbc);
        }
    }

    @Autowired
    PlatformSettings settings;
}
