package com.allocar.gateway.routing;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A request matcher written as in configuration: {@code "/api/v1/auth/**"} (any method) or
 * {@code "GET /api/v1/users/*"} (one method). Patterns use Spring's {@link PathPattern} syntax.
 * {@code HEAD} is matched by a {@code GET} spec, as HTTP defines it as a GET without body.
 */
public final class PathSpec {

    private final @Nullable HttpMethod method;
    private final PathPattern pattern;
    private final String text;

    private PathSpec(@Nullable HttpMethod method, PathPattern pattern, String text) {
        this.method = method;
        this.pattern = pattern;
        this.text = text;
    }

    public static PathSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("Empty path spec");
        }
        String[] parts = spec.trim().split("\\s+");
        if (parts.length > 2) {
            throw new IllegalArgumentException("Path spec must be \"[METHOD] /pattern\": " + spec);
        }
        String path = parts[parts.length - 1];
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Path pattern must start with '/': " + spec);
        }
        HttpMethod method = parts.length == 2 ? HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)) : null;
        PathPattern pattern = PathPatternParser.defaultInstance.parse(path);
        return new PathSpec(method, pattern, method == null ? path : method.name() + " " + path);
    }

    public boolean matches(HttpMethod requestMethod, PathContainer path) {
        if (method != null && !method.equals(requestMethod)
                && !(HttpMethod.GET.equals(method) && HttpMethod.HEAD.equals(requestMethod))) {
            return false;
        }
        return pattern.matches(path);
    }

    public boolean matches(HttpMethod requestMethod, String path) {
        return matches(requestMethod, PathContainer.parsePath(path));
    }

    public @Nullable HttpMethod method() {
        return method;
    }

    /** The normalised spec, e.g. {@code "GET /api/v1/users/*"}. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathSpec other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }
}
