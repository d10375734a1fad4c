package com.allocar.identity.user;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralCodesTest {

    @Test
    void codesAreEightUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ReferralCodes.next();
            assertThat(code).matches("[A-HJ-NP-Z2-9]{8}").doesNotContain("O", "0", "1", "I", "L");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(9_990);
    }
}
