package com.allocar.gateway.auth;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The caller of a request whose access token was verified; kept as an exchange attribute. */
public record AuthenticatedUser(String userId, List<String> roles, @Nullable String tokenId, @Nullable String sessionId) {

    public static final String ATTRIBUTE = AuthenticatedUser.class.getName();

    public AuthenticatedUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
