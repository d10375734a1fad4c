package com.allocar.gateway.auth;

import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies a staff access token issued by Keycloak: RS256 against the realm's JWKS (fetched on first use, refetched for
 * an unknown {@code kid}), issuer, audience, expiry and not-before; the staff roles come from {@code
 * realm_access.roles}, which Spring's {@code authorities-claim-name} cannot reach, keeping only ours (Keycloak adds
 * {@code default-roles-allocar}, {@code offline_access} …). A token without any staff role is refused as a member's is.
 */
@Component
public class StaffTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(StaffTokenVerifier.class);

    private final NimbusReactiveJwtDecoder decoder;
    private final List<String> staffRoles;

    public StaffTokenVerifier(StaffProperties staff) {
        this.decoder = AuthConfiguration.rs256(staff.jwksUri());
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(staff.issuer()),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(staff.audience())
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not for " + staff.audience(), null))));
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
        List<String> roles = realmRoles(jwt).stream().filter(staffRoles::contains).toList();
        if (jwt.getSubject() == null || roles.isEmpty()) {
            return new TokenVerification.Rejected(AuthFailureReason.INVALID_TOKEN);
        }
        return new TokenVerification.Verified(new AuthenticatedUser(jwt.getSubject(), roles, jwt.getId(), jwt.getClaimAsString("sid")));
    }

    private static List<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> m && m.get("roles") instanceof List<?> roles) {
            return roles.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
