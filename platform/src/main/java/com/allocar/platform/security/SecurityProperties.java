package com.allocar.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths routes open without a token, as {@code "/api/v1/auth/**"} or {@code "GET /api/v1/users/*"}
 * @param jwksUri where services fetch identity's signing keys (identity itself verifies with its own key)
 * @param revocationCache how long "this token is not revoked" is remembered before asking Redis again
 */
@ConfigurationProperties("allocar.security")
public record SecurityProperties(List<String> publicPaths, String jwksUri, Duration revocationCache) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : publicPaths;
        revocationCache = revocationCache == null ? Duration.ofSeconds(2) : revocationCache;
    }
}
