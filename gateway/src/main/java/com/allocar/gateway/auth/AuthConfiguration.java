package com.allocar.gateway.auth;

import com.allocar.platform.security.AccessTokenValidation;
import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    /**
     * RS256 only, keys from identity's JWKS. The key set is fetched on first use and cached; a token
     * signed with an unknown {@code kid} triggers one refetch (key rotation). Short timeouts: a slow
     * identity must not hold requests.
     */
    @Bean
    ReactiveJwtDecoder accessTokenDecoder(@Value("${allocar.security.jwks-uri}") String jwksUri) {
        NimbusReactiveJwtDecoder decoder = rs256(jwksUri);
        decoder.setJwtValidator(AccessTokenValidation.validator());
        return decoder;
    }

    /** RS256 against a key set fetched with short timeouts (identity's for members, Keycloak's for staff). */
    static NimbusReactiveJwtDecoder rs256(String jwksUri) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
                .responseTimeout(Duration.ofSeconds(5));
        WebClient webClient = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        return NimbusReactiveJwtDecoder.withJwkSetUri(jwksUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(webClient)
                .build();
    }
}
