package com.allocar.gateway.ratelimit;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitPolicyTest {

    private final RateLimitPolicy policy = new RateLimitPolicy(new RateLimitProperties(60, List.of(
            new RateLimitProperties.Rule("POST /api/v1/auth/otp/send", 5, null),
            new RateLimitProperties.Rule("/api/v1/auth/**", 20, null),
            new RateLimitProperties.Rule("GET /api/v1/trips/search", null, 120))));

    @Test
    void unmatchedPathsUseTheDefaultBucket() {
        assertThat(policy.select(HttpMethod.GET, "/api/v1/me"))
                .isEqualTo(new RateLimitPolicy.Limits(RateLimitPolicy.DEFAULT_BUCKET, 60, 60));
    }

    @Test
    void authRoutesHaveTheirOwnTighterIpLimit() {
        assertThat(policy.select(HttpMethod.POST, "/api/v1/auth/login"))
                .isEqualTo(new RateLimitPolicy.Limits("/api/v1/auth/**", 20, 60));
    }

    @Test
    void firstMatchingRuleWins() {
        assertThat(policy.select(HttpMethod.POST, "/api/v1/auth/otp/send").perIp()).isEqualTo(5);
        assertThat(policy.select(HttpMethod.GET, "/api/v1/auth/otp/send").perIp()).isEqualTo(20);
    }

    @Test
    void aRuleMayRaiseOneScopeOnly() {
        assertThat(policy.select(HttpMethod.GET, "/api/v1/trips/search"))
                .isEqualTo(new RateLimitPolicy.Limits("GET /api/v1/trips/search", 60, 120));
    }

    @Test
    void nonPositiveLimitsAreRejected() {
        assertThatThrownBy(() -> new RateLimitPolicy(new RateLimitProperties(60, List.of(new RateLimitProperties.Rule("/x", 0, null)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties(0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
