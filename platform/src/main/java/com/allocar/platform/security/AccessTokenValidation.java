package com.allocar.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The fleet's access-token rules — issuer, audience, {@code typ=access}, expiry with 10 s of clock skew — shared by every
 * verifier: the reactive gateway and the servlet services. Servlet-free on purpose.
 */
public final class AccessTokenValidation {

    private AccessTokenValidation() {
    }

    /** Tolerance for clocks that differ between identity and a verifier; Spring's default (60 s) is too lenient. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(10);

    public static OAuth2TokenValidator<Jwt> validator() {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(TokenClaims.ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(TokenClaims.AUDIENCE)),
                new JwtClaimValidator<String>(TokenClaims.TOKEN_TYPE, TokenClaims.ACCESS::equals));
    }
}
