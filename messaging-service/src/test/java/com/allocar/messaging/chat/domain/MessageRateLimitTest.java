package com.allocar.messaging.chat.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageRateLimitTest {

    private static final Instant T = Instant.parse("2026-05-01T07:30:00Z");
    private final MessageRateLimit limit = new MessageRateLimit(5, 30);
    private final UUID member = UUID.randomUUID();

    @Test
    void fiveASecond() {
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire(member, T.plusMillis(i * 10))).isEmpty();
        }
        assertThat(limit.tryAcquire(member, T.plusMillis(100))).contains(Duration.ofMillis(900));
        assertThat(limit.tryAcquire(member, T.plusMillis(1000))).isEmpty();
    }

    @Test
    void thirtyAMinute() {
        for (int i = 0; i < 30; i++) {
            assertThat(limit.tryAcquire(member, T.plusSeconds(i))).as("message %d", i).isEmpty();
        }
        assertThat(limit.tryAcquire(member, T.plusSeconds(30))).contains(Duration.ofSeconds(30));
        assertThat(limit.tryAcquire(member, T.plusSeconds(60))).as("the first one left the window").isEmpty();
    }

    @Test
    void aRefusedMessageIsNotCountedAndMembersAreApart() {
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire(member, T);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(limit.tryAcquire(member, T.plusMillis(500))).isPresent();
        }
        assertThat(limit.tryAcquire(member, T.plusMillis(1001))).isEmpty();
        assertThat(limit.tryAcquire(UUID.randomUUID(), T)).isEmpty();
    }
}
