package com.allocar.gateway.auth;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.AccessTokenValidation;
import com.allocar.platform.security.TokenClaims;
import com.nimbusds.jwt.JWTParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies an access token: RS256 signature against identity's JWKS and the fleet's claim rules
 * (issuer, audience, {@code typ=access}, expiry — {@code PlatformSecurityAutoConfiguration.accessTokenValidator()}),
 * then the revoke list in Redis: one MGET of the token's {@code jti} and session ({@code sid}) keys.
 */
@Component
public class TokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(TokenVerifier.class);
    /** Same tolerance as the validator that rejected the token in the first place. */
    private static final Duration CLOCK_SKEW = AccessTokenValidation.CLOCK_SKEW;

    private final ReactiveJwtDecoder decoder;
    private final ReactiveStringRedisTemplate redis;

    public TokenVerifier(ReactiveJwtDecoder decoder, ReactiveStringRedisTemplate redis) {
        this.decoder = decoder;
        this.redis = redis;
    }

    public Mono<TokenVerification> verify(String token) {
        return decoder.decode(token)
                .flatMap(this::checkRevocation)
                .onErrorResume(BadJwtException.class, ex -> {
                    log.debug("Access token refused: {}", ex.getMessage());
                    return Mono.just(new TokenVerification.Rejected(
                            ex instanceof JwtValidationException && isExpired(token)
                                    ? AuthFailureReason.TOKEN_EXPIRED : AuthFailureReason.INVALID_TOKEN));
                })
                .onErrorMap(ex -> !(ex instanceof ApiException), ex -> {
                    // Not the token's fault: identity's key set could not be fetched.
                    log.warn("Cannot verify access tokens: {}", ex.toString());
                    return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Cannot verify access tokens right now",
                            Map.of("reason", "jwks_unavailable"));
                });
    }

    private Mono<TokenVerification> checkRevocation(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            return Mono.just(new TokenVerification.Rejected(AuthFailureReason.INVALID_TOKEN));
        }
        List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
        String sid = jwt.getClaimAsString(TokenClaims.SESSION_ID);
        AuthenticatedUser user = new AuthenticatedUser(jwt.getSubject(), roles, jwt.getId(), sid);
        List<String> keys = TokenClaims.revocationKeys(user.tokenId(), sid);
        if (keys.isEmpty()) {
            return Mono.just(new TokenVerification.Verified(user));
        }
        // Fails closed: without Redis a logged-out or stolen token cannot be told apart, so the
        // request is refused with 503 rather than let through (rate limiting, by contrast, fails open).
        return redis.opsForValue().multiGet(keys)
                .map(values -> values.stream().anyMatch(Objects::nonNull)
                        ? (TokenVerification) new TokenVerification.Rejected(AuthFailureReason.TOKEN_REVOKED)
                        : new TokenVerification.Verified(user))
                .onErrorMap(ex -> {
                    log.warn("Revoke list unavailable, refusing authenticated request: {}", ex.toString());
                    return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Cannot verify access tokens right now",
                            Map.of("reason", "revoke_list_unavailable"));
                });
    }

    /**
     * Only called for a {@link JwtValidationException}: the decoder checks the claims after the signature,
     * so the expiry read here is the issuer's.
     */
    static boolean isExpired(String token) {
        try {
            Date exp = JWTParser.parse(token).getJWTClaimsSet().getExpirationTime();
            return exp != null && Instant.now().isAfter(exp.toInstant().plus(CLOCK_SKEW));
        }
        catch (ParseException ex) {
            return false;
        }
    }
}
