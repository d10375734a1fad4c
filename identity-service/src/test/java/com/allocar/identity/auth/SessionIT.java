package com.allocar.identity.auth;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.auth.token.SigningKey;
import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.security.TokenClaims;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestPhones;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SessionIT extends IdentityIT {

    @Autowired
    SigningKey signingKey;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void refreshRotatesAndReusingAnOldTokenRevokesTheWholeSession() {
        JsonNode session = signedUpUser();
        String first = session.path("refresh_token").asString();

        var rotated = http().post("/api/v1/auth/token/refresh", Map.of("refresh_token", first));
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.data().path("refresh_token").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(rotated.data().path("access_token").asString()).isNotEqualTo(session.path("access_token").asString());

        var reuse = http().post("/api/v1/auth/token/refresh", Map.of("refresh_token", first));
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.errorCode()).isEqualTo("auth_required");
        assertThat(reuse.body().path("error").path("details").path("reason").asString()).isEqualTo("refresh_token_reused");

        // the legitimate holder's newer token died with the family
        var afterTheft = http().post("/api/v1/auth/token/refresh", Map.of("refresh_token", second));
        assertThat(afterTheft.status()).isEqualTo(401);
        assertThat(afterTheft.body().path("error").path("details").path("reason").asString()).isEqualTo("refresh_token_revoked");

        // and the gateway will refuse the session's access tokens
        String sid = claim(rotated.data().path("access_token").asString(), "sid");
        assertThat(redis.hasKey(TokenClaims.revokedSessionKey(sid))).isTrue();
    }

    @Test
    void unknownRefreshTokenIsRefused() {
        var r = http().post("/api/v1/auth/token/refresh", Map.of("refresh_token", "not-a-token"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("invalid_refresh_token");
        assertThat(http().post("/api/v1/auth/token/refresh", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void expiredRefreshTokenIsRefused() {
        JsonNode session = signedUpUser();
        jdbc.sql("UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = ?::uuid")
                .param(session.path("user").path("id").asString()).update();
        var r = http().post("/api/v1/auth/token/refresh", Map.of("refresh_token", session.path("refresh_token").asString()));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("refresh_token_expired");
    }

    @Test
    void logoutRevokesTheAccessTokenAndTheSession() {
        JsonNode session = signedUpUser();
        String access = session.path("access_token").asString();
        var out = http().post("/api/v1/auth/logout", null, "Authorization", TestHttp.bearer(access));
        assertThat(out.status()).isEqualTo(204);
        assertThat(redis.hasKey(TokenClaims.revokedTokenKey(claim(access, "jti")))).isTrue();
        var refresh = http().post("/api/v1/auth/token/refresh", Map.of("refresh_token", session.path("refresh_token").asString()));
        assertThat(refresh.status()).isEqualTo(401);
        assertThat(http().post("/api/v1/auth/logout", null).status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsRefusedAndRepeatedFailuresAreDelayed() {
        JsonNode session = signedUpUser();
        String phone = session.path("user").path("phone").asString();
        // 5 free failures, and the 6th, which imposes the first wait (details in LoginProtectionIT)
        for (int i = 0; i < 6; i++) {
            var r = http().post("/api/v1/auth/login", Map.of("identifier", phone, "password", "Wrong-pass-1"));
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.errorCode()).isEqualTo("auth_required");
            assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("invalid_credentials");
        }
        var locked = http().post("/api/v1/auth/login", Map.of("identifier", phone, "password", PASSWORD));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.errorCode()).isEqualTo("rate_limited");
        assertThat(locked.header("Retry-After")).isNotBlank();
        assertThat(locked.body().path("error").path("details").path("reason").asString()).isEqualTo("login_delayed");
    }

    @Test
    void unknownAccountLooksLikeAWrongPassword() {
        var r = http().post("/api/v1/auth/login", Map.of("identifier", TestPhones.ivorianMobile(), "password", PASSWORD));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("invalid_credentials");
        var bad = http().post("/api/v1/auth/login", Map.of("identifier", "koffi", "password", PASSWORD));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("error").path("details").path("fields").get(0).path("field").asString()).isEqualTo("identifier");
    }

    @Test
    void expiredForgedAndMissingAccessTokensAreRefusedWithReasons() throws Exception {
        JsonNode session = signedUpUser();
        String userId = session.path("user").path("id").asString();

        var missing = http().get("/api/v1/me");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body().path("error").path("details").path("reason").asString()).isEqualTo("missing_token");

        String expired = token(userId, Instant.now().minusSeconds(3600), Instant.now().minusSeconds(120), TokenClaims.ACCESS);
        var e = http().get("/api/v1/me", "Authorization", TestHttp.bearer(expired));
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.errorCode()).isEqualTo("auth_required");
        assertThat(e.body().path("error").path("details").path("reason").asString()).isEqualTo("token_expired");

        String notAccess = token(userId, Instant.now(), Instant.now().plusSeconds(600), "refresh");
        assertThat(http().get("/api/v1/me", "Authorization", TestHttp.bearer(notAccess)).status()).isEqualTo(401);

        String tampered = session.path("access_token").asString().replaceFirst("\\.(.)", ".X$1");
        var t = http().get("/api/v1/me", "Authorization", TestHttp.bearer(tampered));
        assertThat(t.status()).isEqualTo(401);
        assertThat(t.body().path("error").path("details").path("reason").asString()).isEqualTo("invalid_token");

        assertThat(http().get("/api/v1/me", "Authorization", auth(session)).status()).isEqualTo(200);
    }

    @Test
    void jwksPublishesThePublicKeyOnly() {
        var r = http().get("/.well-known/jwks.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode key = r.body().path("keys").get(0);
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.path("alg").asString()).isEqualTo("RS256");
        assertThat(key.has("d")).isFalse();
        assertThat(key.path("kid").asString()).isEqualTo(signingKey.jwk().getKeyID());
    }

    private String token(String userId, Instant issued, Instant expires, String type) throws Exception {
        var claims = new JWTClaimsSet.Builder().issuer(TokenClaims.ISSUER).audience(TokenClaims.AUDIENCE).subject(userId)
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(issued)).expirationTime(Date.from(expires))
                .claim("sid", UUID.randomUUID().toString()).claim("roles", List.of("user")).claim("typ", type).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.jwk().getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signingKey.jwk()));
        return jwt.serialize();
    }

    private static String claim(String jwt, String name) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet().getStringClaim(name);
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }
}
