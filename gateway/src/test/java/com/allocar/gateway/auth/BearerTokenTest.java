package com.allocar.gateway.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokenTest {

    @Test
    void extractsTheToken() {
        assertThat(AuthenticationFilter.bearerToken("Bearer abc.def-ghi_jkl")).isEqualTo("abc.def-ghi_jkl");
        assertThat(AuthenticationFilter.bearerToken("bearer  abc.def.ghi")).isEqualTo("abc.def.ghi");
    }

    @Test
    void refusesMalformedValues() {
        assertThat(AuthenticationFilter.bearerToken("Bearer")).isNull();
        assertThat(AuthenticationFilter.bearerToken("Bearer a b")).isNull();
        assertThat(AuthenticationFilter.bearerToken("Bearer abc\"")).isNull();
    }
}
