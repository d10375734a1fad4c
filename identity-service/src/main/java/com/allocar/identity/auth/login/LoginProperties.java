package com.allocar.identity.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Failed password sign-ins tolerated per identifier per window before {@code rate_limited}. */
@ConfigurationProperties("allocar.identity.login")
public record LoginProperties(int maxFailures, Duration window) {
}
