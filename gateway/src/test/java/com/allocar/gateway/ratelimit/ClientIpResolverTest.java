package com.allocar.gateway.ratelimit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientIpResolverTest {

    private final ClientIpResolver untrusting = new ClientIpResolver(false);
    private final ClientIpResolver trusting = new ClientIpResolver(true);

    @Test
    void forwardedForIsIgnoredUnlessTrusted() {
        assertThat(untrusting.resolve("10.0.0.7", List.of("1.2.3.4"))).isEqualTo("10.0.0.7");
    }

    @Test
    void trustedUsesTheEntryAppendedByOurProxy() {
        // The client forged "6.6.6.6"; our proxy appended the address it saw.
        assertThat(trusting.resolve("10.0.0.7", List.of("6.6.6.6, 41.202.1.9"))).isEqualTo("41.202.1.9");
        assertThat(trusting.resolve("10.0.0.7", List.of("6.6.6.6", "41.202.1.9 "))).isEqualTo("41.202.1.9");
        assertThat(trusting.resolve("10.0.0.7", List.of("2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    @Test
    void trustedFallsBackToThePeerWithoutOrWithAMalformedHeader() {
        assertThat(trusting.resolve("10.0.0.7", List.of())).isEqualTo("10.0.0.7");
        assertThat(trusting.resolve("10.0.0.7", List.of(" , "))).isEqualTo("10.0.0.7");
        assertThat(trusting.resolve("10.0.0.7", List.of("1.2.3.4, rl:ip:default:*"))).isEqualTo("10.0.0.7");
    }
}
