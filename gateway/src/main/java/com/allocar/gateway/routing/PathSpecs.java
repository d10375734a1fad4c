package com.allocar.gateway.routing;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** An ordered list of {@link PathSpec}s; {@link #matches} is true when any of them matches. */
public record PathSpecs(List<PathSpec> specs) {

    public PathSpecs {
        specs = List.copyOf(specs);
    }

    public static PathSpecs parse(List<String> specs) {
        return new PathSpecs(specs.stream().map(PathSpec::parse).toList());
    }

    public boolean matches(HttpMethod method, PathContainer path) {
        for (PathSpec spec : specs) {
            if (spec.matches(method, path)) {
                return true;
            }
        }
        return false;
    }

    public boolean matches(ServerHttpRequest request) {
        return matches(request.getMethod(), request.getPath().pathWithinApplication());
    }
}
