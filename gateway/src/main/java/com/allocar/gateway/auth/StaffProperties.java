package com.allocar.gateway.auth;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff sign-in (Keycloak, realm {@code allocar}): the routes only staff may call, and what their tokens must be.
 *
 * @param issuer   the realm's issuer, pinned by Keycloak's {@code --hostname} ({@code http://127.0.0.1:8180/realms/allocar})
 * @param audience what the console's tokens carry in {@code aud} (the realm's audience mapper)
 * @param paths    the staff routes: Keycloak tokens only; a member's token there is 403
 * @param roles    the staff roles read from {@code realm_access.roles}; Keycloak's own default roles are ignored
 */
@ConfigurationProperties("allocar.gateway.staff")
public record StaffProperties(@DefaultValue("http://127.0.0.1:8180/realms/allocar") String issuer,
                              @DefaultValue("allocar-admin-api") String audience,
                              @DefaultValue("/api/v1/admin/**") List<String> paths,
                              @DefaultValue({"super", "ops", "support", "finance", "compliance"}) List<String> roles) {

    /** Keycloak's key set of the realm. */
    public String jwksUri() {
        return issuer + "/protocol/openid-connect/certs";
    }
}
