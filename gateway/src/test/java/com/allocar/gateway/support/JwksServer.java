package com.allocar.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

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
 * identity-service's key set, played by the test: a real HTTP server on a free port serving the JWKS of
 * an RSA key generated here, and a signer for access tokens shaped like identity's ({@code AccessTokens}: RS256,
 * {@code typ: JWT} header, {@code kid}).
 */
public final class JwksServer {

    private final HttpServer server;
    private final AtomicBoolean available;
    private final RSAKey key;
    /** A key the gateway has never seen — tokens signed with it must be refused. */
    private final RSAKey foreignKey;

    private JwksServer(HttpServer server, AtomicBoolean available, RSAKey key, RSAKey foreignKey) {
        this.server = server;
        this.available = available;
        this.key = key;
        this.foreignKey = foreignKey;
    }

    public static JwksServer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
            RSAKey foreign = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AtomicBoolean available = new AtomicBoolean(true);
            server.createContext("/.well-known/jwks.json", exchange -> {
                if (!available.get()) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            return new JwksServer(server, available, key, foreign);
        }
        catch (IOException | JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** While unavailable, the key set answers 503 (identity down or starting). */
    public void setAvailable(boolean value) {
        available.set(value);
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** Claims of a valid access token for {@code userId}; customise them before signing. */
    public static JWTClaimsSet.Builder accessClaims(String userId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .audience(List.of(TokenClaims.AUDIENCE))
                .subject(userId)
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.SESSION_ID, UUID.randomUUID().toString())
                .claim(TokenClaims.TOKEN_TYPE, TokenClaims.ACCESS)
                .claim(TokenClaims.ROLES, List.of("passenger", "driver"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    public String signWithForeignKey(JWTClaimsSet claims) {
        return sign(claims, foreignKey);
    }

    public String token(String userId) {
        return sign(accessClaims(userId).build());
    }

    public String token(String userId, Consumer<JWTClaimsSet.Builder> customizer) {
        JWTClaimsSet.Builder builder = accessClaims(userId);
        customizer.accept(builder);
        return sign(builder.build());
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
