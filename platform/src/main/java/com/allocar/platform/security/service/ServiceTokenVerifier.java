package com.allocar.platform.security.service;

import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks a service token presented to this service: ES256 signed by the key configured for its {@code kid}, issuer =
 * that caller, audience = this service, not expired (10 s of clock skew), not issued in the future and not meant to
 * live longer than {@link #MAX_LIFETIME}. Anything else is refused with the reason.
 */
public final class ServiceTokenVerifier {

    public static final Duration CLOCK_SKEW = Duration.ofSeconds(10);
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

    private final FleetService self;
    private final Map<FleetService, ECPublicKey> trusted;
    private final Clock clock;

    public ServiceTokenVerifier(FleetService self, Map<FleetService, ECPublicKey> trusted, Clock clock) {
        this.self = self;
        this.trusted = Map.copyOf(trusted);
        this.clock = clock;
    }

    /** The caller, or {@link Refused} with why. */
    public FleetService verify(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Refused("malformed_service_token");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                || jwt.getHeader().getType() == null || !ServiceTokens.TYPE.equals(jwt.getHeader().getType().getType())) {
            throw new Refused("not_a_service_token");
        }
        FleetService caller = FleetService.fromWire(jwt.getHeader().getKeyID()).orElseThrow(() -> new Refused("unknown_caller"));
        ECPublicKey key = trusted.get(caller);
        if (key == null) {
            throw new Refused("untrusted_caller");
        }
        try {
            if (!jwt.verify(new ECDSAVerifier(key))) {
                throw new Refused("bad_signature");
            }
        } catch (JOSEException e) {
            throw new Refused("bad_signature");
        }
        if (!caller.wire().equals(claims.getIssuer())) {
            throw new Refused("issuer_mismatch");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(self.wire())) {
            throw new Refused("wrong_audience");
        }
        Instant now = clock.instant();
        Date iat = claims.getIssueTime();
        Date exp = claims.getExpirationTime();
        if (iat == null || exp == null) {
            throw new Refused("missing_lifetime");
        }
        if (now.isAfter(exp.toInstant().plus(CLOCK_SKEW))) {
            throw new Refused("service_token_expired");
        }
        if (iat.toInstant().isAfter(now.plus(CLOCK_SKEW))
                || Duration.between(iat.toInstant(), exp.toInstant()).compareTo(MAX_LIFETIME) > 0) {
            throw new Refused("bad_lifetime");
        }
        return caller;
    }

    /** A refused service token; {@link #reason()} goes to the 401's details. */
    public static final class Refused extends RuntimeException {

        public Refused(String reason) {
            super(reason, null, false, false);
        }

        public String reason() {
            return getMessage();
        }
    }
}
