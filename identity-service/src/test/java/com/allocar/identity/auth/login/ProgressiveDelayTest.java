package com.allocar.identity.auth.login;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressiveDelayTest {

    private final ProgressiveDelay delay = new ProgressiveDelay(5, Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void theFreeFailuresCostNothingUpToAndIncludingTheNth() {
        assertThat(delay.after(0)).isZero();
        assertThat(delay.after(1)).isZero();
        assertThat(delay.after(5)).isZero();
    }

    @Test
    void failureNPlusOneImposesTheFirstWaitAndEachFurtherOneDoublesIt() {
        assertThat(delay.after(6)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delay.after(7)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delay.after(8)).isEqualTo(Duration.ofSeconds(4));
        assertThat(delay.after(15)).isEqualTo(Duration.ofSeconds(512));
    }

    @Test
    void theWaitIsCappedAndStaysAtTheCapWithoutOverflowing() {
        assertThat(delay.after(16)).isEqualTo(Duration.ofMinutes(15)); // 1024 s > 900 s
        assertThat(delay.after(17)).isEqualTo(Duration.ofMinutes(15));
        assertThat(delay.after(10_000)).isEqualTo(Duration.ofMinutes(15));
        assertThat(delay.after(Long.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aCapThatIsNotAPowerOfTwoOfTheFirstWaitIsReachedExactly() {
        var odd = new ProgressiveDelay(0, Duration.ofMillis(300), Duration.ofMillis(1000));
        assertThat(odd.after(0)).isZero();
        assertThat(odd.after(1)).isEqualTo(Duration.ofMillis(300));
        assertThat(odd.after(2)).isEqualTo(Duration.ofMillis(600));
        assertThat(odd.after(3)).isEqualTo(Duration.ofMillis(1000));
        assertThat(odd.scheduleMillis()).containsExactly(300L, 600L, 1000L);
    }

    @Test
    void theScheduleTheRedisScriptLooksUpMatchesAfter() {
        var schedule = delay.scheduleMillis();
        assertThat(schedule).hasSize(11).startsWith(1000L, 2000L, 4000L).endsWith(512_000L, 900_000L);
        for (int i = 0; i < schedule.size(); i++) {
            assertThat(schedule.get(i)).isEqualTo(delay.after(6 + i).toMillis());
        }
        assertThat(new ProgressiveDelay(3, Duration.ofMinutes(1), Duration.ofMinutes(1)).scheduleMillis()).containsExactly(60_000L);
    }

    @Test
    void nonsenseSettingsAreRefusedAtStartup() {
        assertThatThrownBy(() -> new ProgressiveDelay(5, Duration.ZERO, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressiveDelay(5, Duration.ofMinutes(2), Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressiveDelay(-1, Duration.ofSeconds(1), Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
