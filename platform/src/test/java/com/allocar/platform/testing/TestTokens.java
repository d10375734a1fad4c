package com.allocar.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.security.TokenClaims;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * identity-service's signing key, played by the test (identity does not run here): a real HTTP server serving the
 * JWKS of a key generated here, and access tokens shaped like identity's AccessTokens (RS256, kid,
 * iss allocar-identity, aud allocar-api, sub, jti, sid, roles, typ access).
 */
public final class TestTokens {

    private static TestTokens instance;

    private final HttpServer server;
    private final RSAKey key;

    private TestTokens(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    public static synchronized TestTokens get() {
        if (instance == null) {
            try {
                RSAKey key = new RSAKeyGenerator(2048).keyID("it-key").generate();
                byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/.well-known/jwks.json", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(jwks);
                    }
                });
                server.start();
                instance = new TestTokens(server, key);
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A valid access token of {@code userId} with role {@code user}, or the roles given (e.g. "user", "admin"). */
    public String accessToken(UUID userId, String... roles) {
        return sign(claims(userId, Duration.ofMinutes(15), roles).build(), key);
    }

    public String expiredToken(UUID userId) {
        return sign(claims(userId, Duration.ofMinutes(-5)).build(), key);
    }

    private static JWTClaimsSet.Builder claims(UUID userId, Duration ttl, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .audience(List.of(TokenClaims.AUDIENCE))
                .subject(userId.toString())
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.SESSION_ID, UUID.randomUUID().toString())
                .claim(TokenClaims.TOKEN_TYPE, TokenClaims.ACCESS)
                .claim(TokenClaims.ROLES, roles.length == 0 ? List.of("user") : List.of(roles))
                .issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
                .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(now.plus(ttl)));
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
