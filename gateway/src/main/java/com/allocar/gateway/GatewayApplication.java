package com.allocar.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single public entry point of the fleet: routes {@code /api/v1/**} to the owning service, checks
 * access tokens (signature, claims, revoke list), rate-limits per IP and per user, applies the CORS
 * allow-list and the security headers, tags every request with an id and serves {@code /api/docs}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
