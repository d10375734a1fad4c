package com.allocar.identity.auth.social;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per provider ({@code google}, {@code apple}): where its signing keys are, which issuers it signs
 * as, and our client ids its tokens must be addressed to. Tests point jwks-uri at a local issuer.
 */
@ConfigurationProperties("allocar.identity")
public record SocialProperties(Map<String, Provider> social) {

    public record Provider(String jwksUri, List<String> issuers, List<String> audiences) {
    }
}
