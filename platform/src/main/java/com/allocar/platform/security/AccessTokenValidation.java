package com.allocar.platform.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * The fleet's access-token rules — issuer, audience, {@code typ=access}, expiry — shared by every
 * verifier: the reactive gateway and the servlet services. Servlet-free on purpose.
 */
public final class AccessTokenValidation {

    private AccessTokenValidation() {
    }

    public static OAuth2TokenValidator<Jwt> validator() {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(TokenClaims.AUDIENCE)),
                new JwtClaimValidator<String>(TokenClaims.TOKEN_TYPE, TokenClaims.ACCESS::equals));
    }
}
