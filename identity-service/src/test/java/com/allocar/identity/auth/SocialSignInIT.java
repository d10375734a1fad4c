package com.allocar.identity.auth;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.testing.TestPhones;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Google/Apple sign-in against a local issuer that serves its JWKS over HTTP, like the real ones. */
class SocialSignInIT extends IdentityIT {

    static final RSAKey PROVIDER_KEY;
    static final RSAKey ROGUE_KEY;
    static final HttpServer JWKS;

    static {
        try {
            PROVIDER_KEY = new RSAKeyGenerator(2048).keyID("google-test").generate();
            ROGUE_KEY = new RSAKeyGenerator(2048).keyID("google-test").generate();
            JWKS = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = new JWKSet(PROVIDER_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            JWKS.createContext("/certs", ex -> {
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
            JWKS.start();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @AfterAll
    static void stop() {
        JWKS.stop(0);
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String uri = "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/certs";
        registry.add("allocar.identity.social.google.jwks-uri", () -> uri);
        registry.add("allocar.identity.social.google.audiences", () -> "allocar-android");
    }

    @Test
    void createsThenRecognisesTheGoogleAccount() throws Exception {
        String sub = UUID.randomUUID().toString();
        String email = TestPhones.email();
        var first = http().post("/api/v1/auth/social/google", Map.of("id_token", idToken(PROVIDER_KEY, sub, email, "allocar-android", true, 600)));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().path("user").path("email").asString()).isEqualTo(email);
        assertThat(first.data().path("user").path("is_email_verified").asBoolean()).isTrue();
        assertThat(first.data().path("user").path("first_name").asString()).isEqualTo("Aya");
        var again = http().post("/api/v1/auth/social/google", Map.of("id_token", idToken(PROVIDER_KEY, sub, email, "allocar-android", true, 600)));
        assertThat(again.data().path("user").path("id").asString()).isEqualTo(first.data().path("user").path("id").asString());
        assertThat(http().get("/api/v1/me", "Authorization", "Bearer " + again.data().path("access_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void linksToTheAccountWithTheSameVerifiedEmail() throws Exception {
        String email = TestPhones.email();
        http().post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD));
        http().post("/api/v1/auth/otp/verify", Map.of("email", email, "code", inbox.latestMailCode(email)));
        var linked = http().post("/api/v1/auth/social/google", Map.of("id_token", idToken(PROVIDER_KEY, UUID.randomUUID().toString(), email, "allocar-android", true, 600)));
        assertThat(linked.status()).isEqualTo(200);
        var login = http().post("/api/v1/auth/login", Map.of("identifier", email, "password", PASSWORD));
        assertThat(login.data().path("user").path("id").asString()).isEqualTo(linked.data().path("user").path("id").asString());
    }

    @Test
    void refusesForgedExpiredMisaddressedOrUnverifiedTokens() throws Exception {
        String email = TestPhones.email();
        assertRefused(idToken(ROGUE_KEY, "s1", email, "allocar-android", true, 600), 401);
        assertRefused(idToken(PROVIDER_KEY, "s2", email, "someone-elses-app", true, 600), 401);
        assertRefused(idToken(PROVIDER_KEY, "s3", email, "allocar-android", true, -120), 401);
        assertRefused(idToken(PROVIDER_KEY, "s4", email, "allocar-android", false, 600), 400);
        assertRefused("not.a.jwt", 401);
        var unknown = http().post("/api/v1/auth/social/facebook", Map.of("id_token", "x"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
    }

    private void assertRefused(String token, int status) {
        var r = http().post("/api/v1/auth/social/google", Map.of("id_token", token));
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
    }

    private static String idToken(RSAKey key, String sub, String email, String aud, boolean verified, long ttlSeconds) throws Exception {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder().issuer("https://accounts.google.com").audience(aud).subject(sub)
                .issueTime(Date.from(now.minusSeconds(Math.max(0, -ttlSeconds) + 10))).expirationTime(Date.from(now.plusSeconds(ttlSeconds)))
                .claim("email", email).claim("email_verified", verified).claim("given_name", "Aya").claim("family_name", "Yao").build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
