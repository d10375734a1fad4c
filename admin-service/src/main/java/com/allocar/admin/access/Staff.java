package com.allocar.admin.access;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.allocar.platform.api.ApiException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The signed-in staff member: Keycloak's user id ({@code sub}) and staff roles. A handler takes it as a parameter
 * ({@link StaffArgumentResolver}); it is what {@code reviewed_by} and the audit trail's {@code actor_id} record.
 */
public record Staff(UUID id, List<StaffRole> roles) {

    public static Staff current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt) || jwt.getSubject() == null) {
            throw ApiException.authRequired("Sign in through the admin console");
        }
        List<StaffRole> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .flatMap(a -> StaffRole.fromWire(a.substring(5).toLowerCase(Locale.ROOT)).stream())
                .toList();
        UUID id;
        try {
            id = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException e) {
            throw ApiException.authRequired("Not a staff token");
        }
        return new Staff(id, roles);
    }
}
