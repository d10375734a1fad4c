package com.allocar.platform.security.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service-to-service authentication ({@code /internal/**}), see docs/adr/007-service-tokens.md.
 *
 * @param privateKey this service's own ES256 key (base64 PKCS#8), {@code ALLOCAR_SERVICE_PRIVATE_KEY}; only services
 *                   that call another service's internal API need one
 * @param trustedKeys the public keys of the callers this service accepts, {@code name=base64 X.509} separated by
 *                    commas or whitespace, {@code ALLOCAR_SERVICE_TRUSTED_KEYS}
 * @param tokenTtl how long a minted token lives (short: it is sent on every call and never stored)
 */
@ConfigurationProperties("allocar.security.service-auth")
public record ServiceAuthProperties(String privateKey, String trustedKeys, Duration tokenTtl) {

    public ServiceAuthProperties {
        tokenTtl = tokenTtl == null ? Duration.ofSeconds(60) : tokenTtl;
    }
}
