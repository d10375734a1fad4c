package com.allocar.platform.security.service;

import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * Mints this service's tokens for another service's {@code /internal/**} API: ES256, {@code kid} and {@code iss} =
 * this service, {@code aud} = the callee, a minute of life. A token is reused for a third of its life, so a busy
 * caller signs about one token per callee every 20 s.
 */
public final class ServiceTokens {

    /** The header that carries a service token (never {@code Authorization}, which carries members' tokens). */
    public static final String HEADER = "X-Service-Token";
    public static final String TYPE = "service+jwt";

    private final FleetService self;
    private final ECPrivateKey key;
    private final Duration ttl;
    private final Clock clock;
    private final Map<FleetService, Minted> cache = new ConcurrentHashMap<>();

    private record Minted(String token, Instant renewAt) {
    }

    public ServiceTokens(FleetService self, ECPrivateKey key, Duration ttl, Clock clock) {
        this.self = self;
        this.key = key;
        this.ttl = ttl;
        this.clock = clock;
    }

    public FleetService self() {
        return self;
    }

    /** A token for calling {@code callee}; fails if this service was started without its private key. */
    public String tokenFor(FleetService callee) {
        Instant now = clock.instant();
        Minted m = cache.get(callee);
        if (m == null || !now.isBefore(m.renewAt())) {
            m = new Minted(mint(self, key, callee, now, ttl), now.plus(ttl.dividedBy(3)));
            cache.put(callee, m);
        }
        return m.token();
    }

    /** For a RestClient: every request to {@code callee} carries a fresh-enough token of this service. */
    public ClientHttpRequestInterceptor interceptor(FleetService callee) {
        return (request, body, execution) -> {
            request.getHeaders().set(HEADER, tokenFor(callee));
            return execution.execute(request, body);
        };
    }

    /** One signed token; public for tests that must present a token of a given age or caller. */
    public static String mint(FleetService caller, ECPrivateKey key, FleetService callee, Instant issuedAt, Duration ttl) {
        if (key == null) {
            throw new IllegalStateException(caller.wire() + " has no service key (ALLOCAR_SERVICE_PRIVATE_KEY): it cannot call "
                    + callee.wire());
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(caller.wire())
                .audience(callee.wire())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(caller.wire()).type(new JOSEObjectType(TYPE)).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a service token", e);
        }
        return jwt.serialize();
    }
}
