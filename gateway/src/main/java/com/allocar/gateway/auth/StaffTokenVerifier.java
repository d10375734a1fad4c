package com.allocar.gateway.auth;

import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.StaffTokenRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies a staff access token issued by Keycloak: RS256 against the realm's JWKS (fetched on first use, refetched for
 * an unknown {@code kid}), then the platform's {@link StaffTokenRules} (issuer, audience, expiry; the staff roles of
 * {@code realm_access.roles}). A token without any staff role is refused as a member's is.
 */
@Component
public class StaffTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(StaffTokenVerifier.class);

    private final NimbusReactiveJwtDecoder decoder;
    private final List<String> staffRoles;

    public StaffTokenVerifier(StaffProperties staff) {
        this.decoder = AuthConfiguration.rs256(staff.jwksUri());
        this.decoder.setJwtValidator(StaffTokenRules.validator(staff.issuer(), staff.audience()));
        this.staffRoles = List.copyOf(staff.roles());
    }

    /** Verified (with the staff roles), or rejected with why; an error when Keycloak's key set cannot be fetched. */
    public Mono<TokenVerification> verify(String token) {
        return decoder.decode(token)
                .map(this::staff)
                .onErrorResume(BadJwtException.class, ex -> {
                    log.debug("Staff token refused: {}", ex.getMessage());
                    return Mono.just(new TokenVerification.Rejected(ex instanceof JwtValidationException && TokenVerifier.isExpired(token)
                            ? AuthFailureReason.TOKEN_EXPIRED : AuthFailureReason.INVALID_TOKEN));
                })
                .onErrorMap(ex -> !(ex instanceof ApiException), ex -> {
                    log.warn("Cannot verify staff tokens: {}", ex.toString());
                    return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Cannot verify staff tokens right now",
                            Map.of("reason", "staff_jwks_unavailable"));
                });
    }

    private TokenVerification staff(Jwt jwt) {
        List<String> roles = StaffTokenRules.roles(jwt, staffRoles);
        if (jwt.getSubject() == null || roles.isEmpty()) {
            return new TokenVerification.Rejected(AuthFailureReason.INVALID_TOKEN);
        }
        return new TokenVerification.Verified(new AuthenticatedUser(jwt.getSubject(), roles, jwt.getId(), jwt.getClaimAsString("sid")));
    }
}
