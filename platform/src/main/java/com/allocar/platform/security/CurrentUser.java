package com.allocar.platform.security;

import java.util.Set;
import java.util.UUID;

/** The authenticated caller, resolved from the verified access token; declare it as a controller parameter. */
public record CurrentUser(UUID id, Set<String> roles) {

    public static final String ROLE_USER = "user";
    public static final String ROLE_DRIVER = "driver";
    public static final String ROLE_ADMIN = "admin";

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(ROLE_ADMIN);
    }
}
