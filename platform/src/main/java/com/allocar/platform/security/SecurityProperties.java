package com.allocar.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths routes open without a token, as {@code "/api/v1/auth/**"} or {@code "GET /api/v1/users/*"}
 * @param internalToken shared secret of the {@code /internal/**} service-to-service API
 * @param jwksUri where services fetch identity's signing keys (identity itself verifies with its own key)
 */
@ConfigurationProperties("allocar.security")
public record SecurityProperties(List<String> publicPaths, String internalToken, String jwksUri) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : publicPaths;
    }
}
