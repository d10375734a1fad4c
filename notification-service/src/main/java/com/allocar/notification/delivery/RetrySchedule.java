package com.allocar.notification.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed attempt is due again: {@code base × 2^(attempts−1)}, at most {@code cap}; none after
 * {@code maxAttempts} (given up: the row stays failed in the log). Plain Java.
 */
public record RetrySchedule(Duration base, Duration cap, int maxAttempts) {

    /** @param attemptsMade attempts made so far, the failed one included; null = no more */
    public Instant next(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return null;
        }
        long factor = 1L << Math.min(20, Math.max(0, attemptsMade - 1));
        Duration wait = base.multipliedBy(factor);
        return now.plus(wait.compareTo(cap) > 0 ? cap : wait);
    }
}
