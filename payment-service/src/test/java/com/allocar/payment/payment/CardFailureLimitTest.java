package com.allocar.payment.payment;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardFailureLimitTest {

    private final CardFailureLimit limit = new CardFailureLimit(3, Duration.ofHours(24));

    @Test
    void thirdFailureBlocks() {
        assertThat(limit.blocks(2)).isFalse();
        assertThat(limit.blocks(3)).isTrue();
        assertThat(limit.blocks(4)).isTrue();
    }

    @Test
    void windowIsTheLast24Hours() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        assertThat(limit.windowStart(now)).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
    }
}
