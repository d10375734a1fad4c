package com.allocar.identity.auth.otp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pepper server secret mixed into code hashes, so a database dump does not reveal codes
 * @param maxAttempts sends, and separately verifications, allowed per destination per window (spec: 3 / 10 min)
 */
@ConfigurationProperties("allocar.identity.otp")
public record OtpProperties(String pepper, Duration ttl, int maxAttempts, Duration window) {
}
