package com.allocar.identity.auth.login;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginClientTest {

    @Test
    void aDeviceIdWinsOverTheAddressAndIsKeptOnlyHashed() {
        var device = LoginClient.of("3f9c1e7a-5b2d-4c8e-9a61-0d4b7e2f8c15", "203.0.113.9");
        assertThat(device.key()).startsWith("device:").doesNotContain("3f9c1e7a").doesNotContain("203.0.113.9");
        assertThat(device.deviceHash()).hasSize(64);
        var ipOnly = LoginClient.of(null, "203.0.113.9");
        assertThat(ipOnly.key()).isEqualTo("ip:203.0.113.9");
        assertThat(ipOnly.deviceHash()).isNull();
    }
}
