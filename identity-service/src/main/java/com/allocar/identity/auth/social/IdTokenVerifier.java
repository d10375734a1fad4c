package com.allocar.identity.auth.social;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies a provider's OpenID Connect id_token: RS256 signature against the provider's JWKS
 * (cached by Nimbus), issuer among the provider's, audience among our client ids, not expired.
 */
@Component
class IdTokenVerifier {

    private final SocialProperties props;
    private final Map<String, NimbusJwtDecoder> decoders = new ConcurrentHashMap<>();

    IdTokenVerifier(SocialProperties props) {
        this.props = props;
    }

    Jwt verify(String provider, String idToken) {
        NimbusJwtDecoder decoder = decoders.computeIfAbsent(provider, this::decoderFor);
        try {
            return decoder.decode(idToken);
        } catch (JwtException e) {
            throw new ApiException(ErrorCode.AUTH_REQUIRED, "The " + provider + " id_token is not valid",
                    Map.of("reason", "invalid_id_token"));
        }
    }

    boolean supports(String provider) {
        return props.social() != null && props.social().containsKey(provider);
    }

    private NimbusJwtDecoder decoderFor(String provider) {
        SocialProperties.Provider p = props.social().get(provider);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(p.jwksUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(),
                new JwtClaimValidator<String>("iss", iss -> iss != null && p.issuers().contains(iss)),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.stream().anyMatch(p.audiences()::contains)));
        decoder.setJwtValidator(validator);
        return decoder;
    }
}
