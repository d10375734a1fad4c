package com.allocar.gateway.routing;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathSpecTest {

    @Test
    void specWithoutMethodMatchesAnyMethod() {
        PathSpec spec = PathSpec.parse("/api/v1/auth/**");
        assertThat(spec.method()).isNull();
        assertThat(spec.matches(HttpMethod.POST, "/api/v1/auth/login")).isTrue();
        assertThat(spec.matches(HttpMethod.DELETE, "/api/v1/auth/sessions/1")).isTrue();
        assertThat(spec.matches(HttpMethod.GET, "/api/v1/auth")).isTrue();
        assertThat(spec.matches(HttpMethod.GET, "/api/v1/authx")).isFalse();
    }

    @Test
    void specWithMethodMatchesThatMethodOnly() {
        PathSpec spec = PathSpec.parse("  post   /api/v1/auth/login ");
        assertThat(spec.method()).isEqualTo(HttpMethod.POST);
        assertThat(spec).hasToString("POST /api/v1/auth/login");
        assertThat(spec.matches(HttpMethod.POST, "/api/v1/auth/login")).isTrue();
        assertThat(spec.matches(HttpMethod.GET, "/api/v1/auth/login")).isFalse();
    }

    @Test
    void headIsMatchedByGet() {
        PathSpec spec = PathSpec.parse("GET /api/v1/users/*");
        assertThat(spec.matches(HttpMethod.HEAD, "/api/v1/users/42")).isTrue();
        assertThat(PathSpec.parse("POST /x").matches(HttpMethod.HEAD, "/x")).isFalse();
    }

    @Test
    void singleStarIsOneSegment() {
        PathSpec spec = PathSpec.parse("GET /api/v1/users/*");
        assertThat(spec.matches(HttpMethod.GET, "/api/v1/users/42")).isTrue();
        assertThat(spec.matches(HttpMethod.GET, "/api/v1/users/42/ratings")).isFalse();
        assertThat(spec.matches(HttpMethod.GET, "/api/v1/users")).isFalse();
    }

    @Test
    void invalidSpecsAreRejectedAtStartup() {
        assertThatThrownBy(() -> PathSpec.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathSpec.parse("GET api/v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathSpec.parse("GET /a /b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listMatchesWhenAnyMatches() {
        PathSpecs specs = PathSpecs.parse(List.of("POST /api/v1/auth/login", "GET /api/v1/trips/*"));
        assertThat(specs.matches(HttpMethod.GET, org.springframework.http.server.PathContainer.parsePath("/api/v1/trips/search"))).isTrue();
        assertThat(specs.matches(HttpMethod.POST, org.springframework.http.server.PathContainer.parsePath("/api/v1/trips/1"))).isFalse();
    }
}
