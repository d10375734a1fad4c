package com.allocar.platform.clients;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every service client treats a peer's outage ({@code allocar.clients.*}); timeouts are Spring Cloud OpenFeign's
 * own {@code spring.cloud.openfeign.client.config.<peer>.connect-timeout / read-timeout} (platform defaults 2 s / 5 s).
 *
 * @param failureRate  percentage of outages among the last {@code window} calls that opens the breaker
 * @param minimumCalls calls seen before the rate counts
 * @param openFor      how long an open breaker answers 503 at once before it probes again
 * @param attempts     tries of an {@link Idempotent} call during an outage (first one included)
 * @param backoff      wait before the second try; doubled before each next one
 */
@ConfigurationProperties("allocar.clients")
public record ServiceClientProperties(
        @DefaultValue("50") int failureRate,
        @DefaultValue("20") int window,
        @DefaultValue("10") int minimumCalls,
        @DefaultValue("5s") Duration openFor,
        @DefaultValue("3") int attempts,
        @DefaultValue("100ms") Duration backoff) {
}
