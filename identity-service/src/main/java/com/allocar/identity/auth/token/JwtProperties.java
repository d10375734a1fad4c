package com.allocar.identity.auth.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("allocar.identity.jwt")
public record JwtProperties(String privateKeyPem, Duration accessTtl, Duration refreshTtl) {
}
