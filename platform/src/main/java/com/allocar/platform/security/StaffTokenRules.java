package com.allocar.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What a staff access token from Keycloak (realm {@code allocar}) must be — the realm's issuer, the admin API's audience,
 * not expired — and where its roles are: {@code realm_access.roles}, which Spring's {@code authorities-claim-name} cannot
 * reach, keeping only the staff roles (Keycloak adds {@code default-roles-allocar}, {@code offline_access} …). Shared by
 * the reactive gateway and admin-service, which checks the token again; servlet-free on purpose.
 */
public final class StaffTokenRules {

    /** The spec's staff roles, as the realm names them. */
    public static final List<String> ROLES = List.of("super", "ops", "support", "finance", "compliance");

    private StaffTokenRules() {
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(AccessTokenValidation.CLOCK_SKEW),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
    }

    /** The token's realm roles that are among {@code staffRoles}, in the token's order. */
    public static List<String> roles(Jwt jwt, Collection<String> staffRoles) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> m && m.get("roles") instanceof List<?> roles) {
            return roles.stream().filter(String.class::isInstance).map(String.class::cast).filter(staffRoles::contains).toList();
        }
        return List.of();
    }
}
