package com.allocar.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** The access-token rules every verifier (gateway and services) applies. */
class AccessTokenValidationTest {

    private static final OAuth2TokenValidator<Jwt> VALIDATOR = AccessTokenValidation.validator();

    static Stream<Arguments> tokens() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("valid", true, (Consumer<Map<String, Object>>) c -> { }),
                Arguments.of("expired", false, (Consumer<Map<String, Object>>) c -> c.put("exp", now.minus(Duration.ofMinutes(5)))),
                Arguments.of("expired within the 10 s clock skew", true, (Consumer<Map<String, Object>>) c -> c.put("exp", now.minusSeconds(5))),
                Arguments.of("expired just past the clock skew", false, (Consumer<Map<String, Object>>) c -> c.put("exp", now.minusSeconds(12))),
                Arguments.of("expired 20 s ago (Spring's 60 s default would pass it)", false,
                        (Consumer<Map<String, Object>>) c -> c.put("exp", now.minusSeconds(20))),
                Arguments.of("not yet valid", false, (Consumer<Map<String, Object>>) c -> c.put("nbf", now.plus(Duration.ofMinutes(5)))),
                Arguments.of("other issuer", false, (Consumer<Map<String, Object>>) c -> c.put("iss", "https://accounts.google.com")),
                Arguments.of("other audience", false, (Consumer<Map<String, Object>>) c -> c.put("aud", List.of("other"))),
                Arguments.of("no audience", false, (Consumer<Map<String, Object>>) c -> c.remove("aud")),
                Arguments.of("one of several audiences", true, (Consumer<Map<String, Object>>) c -> c.put("aud", List.of("x", TokenClaims.AUDIENCE))),
                Arguments.of("refresh token", false, (Consumer<Map<String, Object>>) c -> c.put(TokenClaims.TOKEN_TYPE, "refresh")),
                Arguments.of("no type", false, (Consumer<Map<String, Object>>) c -> c.remove(TokenClaims.TOKEN_TYPE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void decides(String name, boolean valid, Consumer<Map<String, Object>> change) {
        Instant now = Instant.now();
        Map<String, Object> claims = new java.util.HashMap<>(Map.of(
                "iss", TokenClaims.ISSUER, "aud", List.of(TokenClaims.AUDIENCE), "sub", "u1",
                TokenClaims.TOKEN_TYPE, TokenClaims.ACCESS, "iat", now.minus(Duration.ofHours(1)), "exp", now.plus(Duration.ofMinutes(15))));
        change.accept(claims);
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claims(c -> c.putAll(claims)).build();
        assertThat(VALIDATOR.validate(jwt).hasErrors()).as(name).isEqualTo(!valid);
    }
}
