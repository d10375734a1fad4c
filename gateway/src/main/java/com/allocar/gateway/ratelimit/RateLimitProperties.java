package com.allocar.gateway.ratelimit;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultPerMinute limit per client IP and per user when no rule matches (and for the scope a rule leaves out)
 * @param rules first match wins; each rule counts in its own bucket
 */
@ConfigurationProperties("allocar.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("60") int defaultPerMinute, List<Rule> rules) {

    public RateLimitProperties {
        if (defaultPerMinute < 1) {
            throw new IllegalArgumentException("allocar.gateway.rate-limit.default-per-minute must be >= 1");
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * @param path    {@code "[METHOD] /pattern"}, as the public paths
     * @param perIp   requests per minute per client IP on matching paths (default: {@code default-per-minute})
     * @param perUser requests per minute per authenticated user on matching paths (default: {@code default-per-minute})
     */
    public record Rule(String path, @Nullable Integer perIp, @Nullable Integer perUser) {
    }
}
