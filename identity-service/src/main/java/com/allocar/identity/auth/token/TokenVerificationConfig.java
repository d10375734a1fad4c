package com.allocar.identity.auth.token;

import com.allocar.platform.security.AccessTokenValidation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** identity verifies its own tokens with its own public key: no JWKS round trip to itself. */
@Configuration(proxyBeanMethods = false)
class TokenVerificationConfig {

    @Bean
    JwtDecoder jwtDecoder(SigningKey key) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.publicKey()).build();
        decoder.setJwtValidator(AccessTokenValidation.validator());
        return decoder;
    }
}
