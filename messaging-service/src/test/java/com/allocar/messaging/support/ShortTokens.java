package com.allocar.messaging.support;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.security.TokenClaims;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestTokens;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Access tokens that expire soon, signed with {@link TestTokens}' key (identity's role in the tests) — the platform's
 * test helper only mints 15-minute and already-expired ones; the key is read from it by reflection (test code only).
 */
public final class ShortTokens {

    private ShortTokens() {
    }

    public static String expiringIn(UUID user, Duration ttl) {
        try {
            Field f = TestTokens.class.getDeclaredField("key");
            f.setAccessible(true);
            RSAKey key = (RSAKey) f.get(TestTokens.get());
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(TokenClaims.ISSUER).audience(List.of(TokenClaims.AUDIENCE))
                    .subject(user.toString()).jwtID(UUID.randomUUID().toString())
                    .claim(TokenClaims.SESSION_ID, UUID.randomUUID().toString()).claim(TokenClaims.TOKEN_TYPE, TokenClaims.ACCESS)
                    .claim(TokenClaims.ROLES, List.of("user")).issueTime(Date.from(now.minusSeconds(60)))
                    .notBeforeTime(Date.from(now.minusSeconds(60))).expirationTime(Date.from(now.plus(ttl))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (ReflectiveOperationException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token's {@code jti} (to revoke it in identity's list). */
    public static String jti(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return TestHttp.json().readTree(payload).path("jti").asString();
    }
}
