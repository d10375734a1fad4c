package com.allocar.booking.reservation;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInCodeTest {

    @Test
    void codesAreLongRandomAndUnique() {
        Set<String> qr = new HashSet<>();
        Set<String> shorts = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            CheckInCode c = CheckInCode.generate();
            assertThat(c.qrCode()).matches("[A-Za-z0-9_-]{43}");
            assertThat(c.shortCode()).matches("[A-HJ-NP-Z2-9]{8}");
            qr.add(c.qrCode());
            shorts.add(c.shortCode());
        }
        assertThat(qr).hasSize(2000);
        assertThat(shorts).hasSize(2000);
    }

    @Test
    void eitherFormMatchesTheShortCodeForgivingCaseSpacesAndDashes() {
        CheckInCode c = new CheckInCode("qr-token-0123456789", "ABCD2345");
        assertThat(CheckInCode.matches("qr-token-0123456789", c.qrCode(), c.shortCode())).isTrue();
        assertThat(CheckInCode.matches("abcd-2345", c.qrCode(), c.shortCode())).isTrue();
        assertThat(CheckInCode.matches(" ABCD 2345 ", c.qrCode(), c.shortCode())).isTrue();
        assertThat(CheckInCode.matches("ABCD2346", c.qrCode(), c.shortCode())).isFalse();
        assertThat(CheckInCode.matches("QR-TOKEN-0123456789", c.qrCode(), c.shortCode())).isFalse();
        assertThat(CheckInCode.matches("", c.qrCode(), c.shortCode())).isFalse();
        assertThat(CheckInCode.matches(null, c.qrCode(), c.shortCode())).isFalse();
        assertThat(CheckInCode.matches("ABCD2345", null, null)).isFalse(); // not paid yet: no code exists
    }
}
