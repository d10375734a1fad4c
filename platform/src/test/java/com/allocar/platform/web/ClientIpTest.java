package com.allocar.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientIpTest {

    @Test
    void theGatewaysAddressWinsOverThePeer() {
        assertThat(ClientIp.of("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ClientIp.of("127.0.0.1", " 2001:db8::1 ")).isEqualTo("2001:db8::1");
    }

    @Test
    void withoutAnAddressThePeerIsTheClient() {
        assertThat(ClientIp.of("10.0.0.2", null)).isEqualTo("10.0.0.2");
        assertThat(ClientIp.of("10.0.0.2", "")).isEqualTo("10.0.0.2");
        assertThat(ClientIp.of("10.0.0.2", "203.0.113.9, 6.6.6.6")).isEqualTo("10.0.0.2");
        assertThat(ClientIp.of("10.0.0.2", "<script>")).isEqualTo("10.0.0.2");
    }
}
