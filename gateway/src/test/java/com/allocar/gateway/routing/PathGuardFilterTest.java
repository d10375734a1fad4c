package com.allocar.gateway.routing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathGuardFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/../internal", "/api/v1/./me", "/api/v1/auth/..", "/api/v1/auth/%2e%2e/x",
            "/api/v1/auth/%2E./x", "/api/v1/a%2Fb", "/api/v1/a%5cb", "/api/v1/a\\b", "/api/v1/auth;jsessionid=1/x",
            "/api/v1//internal", "/api/v1/a%00", "/api/v1/a%252e%252e"})
    void unsafe(String path) {
        assertThat(PathGuardFilter.isUnsafe(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users/3f1c1f3e-2b1e-4c1e-9b1e-1f3e2b1e4c1e", "/api/v1/trips/search", "/",
            "/api/docs/swagger-ui/index.html", "/api/v1/me/photo.jpg", "/api/v1/a..b", "/api/v1/caf%C3%A9"})
    void safe(String path) {
        assertThat(PathGuardFilter.isUnsafe(path)).isFalse();
    }
}
