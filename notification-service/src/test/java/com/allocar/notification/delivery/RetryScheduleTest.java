package com.allocar.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private final RetrySchedule s = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(30), 10);
    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void doubles_from_the_base_up_to_the_cap() {
        assertThat(s.next(1, now)).isEqualTo(now.plusSeconds(30));
        assertThat(s.next(2, now)).isEqualTo(now.plusSeconds(60));
        assertThat(s.next(3, now)).isEqualTo(now.plusSeconds(120));
        assertThat(s.next(9, now)).isEqualTo(now.plus(Duration.ofMinutes(30)));
    }

    @Test
    void gives_up_after_the_last_attempt() {
        assertThat(s.next(10, now)).isNull();
    }
}
