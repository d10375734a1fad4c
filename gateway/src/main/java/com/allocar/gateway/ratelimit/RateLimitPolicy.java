package com.allocar.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;

import com.allocar.gateway.routing.PathSpec;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;

/** Chooses the limits of a request: the first rule whose path matches, else the default bucket. */
public final class RateLimitPolicy {

    public static final String DEFAULT_BUCKET = "default";

    /** @param bucket counter name (the rule's path spec, or {@code default}) */
    public record Limits(String bucket, int perIp, int perUser) {
    }

    private record CompiledRule(PathSpec path, Limits limits) {
    }

    private final List<CompiledRule> rules;
    private final Limits defaults;

    public RateLimitPolicy(RateLimitProperties properties) {
        int def = properties.defaultPerMinute();
        this.defaults = new Limits(DEFAULT_BUCKET, def, def);
        List<CompiledRule> compiled = new ArrayList<>();
        for (RateLimitProperties.Rule rule : properties.rules()) {
            PathSpec spec = PathSpec.parse(rule.path());
            int perIp = positive(rule.perIp(), def, rule.path());
            int perUser = positive(rule.perUser(), def, rule.path());
            compiled.add(new CompiledRule(spec, new Limits(spec.toString(), perIp, perUser)));
        }
        this.rules = List.copyOf(compiled);
    }

    public Limits select(HttpMethod method, PathContainer path) {
        for (CompiledRule rule : rules) {
            if (rule.path().matches(method, path)) {
                return rule.limits();
            }
        }
        return defaults;
    }

    public Limits select(HttpMethod method, String path) {
        return select(method, PathContainer.parsePath(path));
    }

    private static int positive(Integer value, int fallback, String path) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("Rate limit of rule " + path + " must be >= 1");
        }
        return value;
    }
}
