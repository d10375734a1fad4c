package com.allocar.gateway.auth;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths requests that need no token, as {@code "/api/v1/x/**"} or {@code "GET /api/v1/users/*"};
 *                    every other request needs a valid access token (deny by default)
 */
@ConfigurationProperties("allocar.gateway")
public record AuthProperties(List<String> publicPaths) {

    public AuthProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
