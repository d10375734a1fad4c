package com.allocar.identity.auth.login;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void theLastForwardedEntryIsTheOneTheGatewayWrote() {
        assertThat(ClientAddress.of("10.0.0.2", List.of("6.6.6.6, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.2", List.of("6.6.6.6", "203.0.113.9 "))).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.2", List.of("2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    @Test
    void withoutAUsableHeaderItIsThePeer() {
        assertThat(ClientAddress.of("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", List.of(" , "))).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", List.of("203.0.113.9, <script>"))).isEqualTo("10.0.0.2");
    }
}
