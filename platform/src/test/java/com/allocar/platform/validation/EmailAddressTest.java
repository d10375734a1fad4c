package com.allocar.platform.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"awa@example.ci", "awa.kone+covoit@mail.example.com", "o'neil@example.org", "\"awa kone\"@example.ci",
            "x@a-b.co", "AWA@EXAMPLE.CI"})
    void acceptsRfc5322Addresses(String email) {
        assertThat(EmailAddress.Validator.valid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"awa", "awa@", "@example.ci", "awa@example", "awa..kone@example.ci", ".awa@example.ci", "awa.@example.ci",
            "a b@example.ci", "awa@-example.ci", "awa@example..ci", "awa@exa_mple.ci"})
    void rejectsMalformedAddresses(String email) {
        assertThat(EmailAddress.Validator.valid(email)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void rejectsOverlongAddresses() {
        assertThat(EmailAddress.Validator.valid("a".repeat(65) + "@example.ci")).isFalse();
        assertThat(EmailAddress.Validator.valid("a@" + "b".repeat(250) + ".ci")).isFalse();
    }
}
