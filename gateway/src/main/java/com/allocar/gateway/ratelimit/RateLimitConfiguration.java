package com.allocar.gateway.ratelimit;

import com.allocar.gateway.WebFilterOrder;
import com.allocar.gateway.errors.ErrorResponseWriter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimitPolicy rateLimitPolicy(RateLimitProperties properties) {
        return new RateLimitPolicy(properties);
    }

    @Bean
    RateLimitFilter ipRateLimitFilter(RateLimitPolicy policy, RateLimiter limiter, ClientIpResolver clientIps, ErrorResponseWriter errors) {
        return new RateLimitFilter(RateLimitFilter.Scope.IP, WebFilterOrder.IP_RATE_LIMIT, policy, limiter, clientIps, errors);
    }

    @Bean
    RateLimitFilter userRateLimitFilter(RateLimitPolicy policy, RateLimiter limiter, ClientIpResolver clientIps, ErrorResponseWriter errors) {
        return new RateLimitFilter(RateLimitFilter.Scope.USER, WebFilterOrder.USER_RATE_LIMIT, policy, limiter, clientIps, errors);
    }
}
