package com.allocar.messaging.location.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionThrottleTest {

    private static final Instant T = Instant.parse("2026-05-01T07:30:00Z");
    private final PositionThrottle throttle = new PositionThrottle(Duration.ofSeconds(2));

    @Test
    void theFirstPositionIsKept() {
        assertThat(throttle.wait(null, T)).isEmpty();
    }

    @Test
    void oneEveryTwoSeconds() {
        assertThat(throttle.wait(T, T.plusMillis(500))).contains(Duration.ofMillis(1500));
        assertThat(throttle.wait(T, T.plusMillis(1999))).contains(Duration.ofMillis(1));
        assertThat(throttle.wait(T, T.plusSeconds(2))).isEmpty();
        assertThat(throttle.wait(T, T.plusSeconds(10))).isEmpty();
    }
}
