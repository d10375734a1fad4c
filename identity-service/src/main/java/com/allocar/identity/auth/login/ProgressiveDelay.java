package com.allocar.identity.auth.login;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The wait a client must observe after its {@code n}-th consecutive failure: none for the first
 * {@code freeFailures} (typos happen), then {@code first}, doubling with each further failure, capped at
 * {@code max}. A guesser gets a handful of tries quickly and then about four an hour; a person who
 * mistyped waits a second or two.
 */
public record ProgressiveDelay(int freeFailures, Duration first, Duration max) {

    public ProgressiveDelay {
        if (freeFailures < 0 || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need freeFailures >= 0 and 0 < first <= max");
        }
    }

    public Duration after(long failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        long capMs = max.toMillis();
        long ms = first.toMillis();
        // doubling stops at the cap, so this loops at most log2(max/first) times and never overflows
        for (long i = failures - freeFailures - 1; i > 0 && ms < capMs; i--) {
            ms = ms > capMs / 2 ? capMs : ms * 2;
        }
        return Duration.ofMillis(Math.min(ms, capMs));
    }

    /** The waits after failures {@code freeFailures+1, +2, …} up to the first capped one (the last repeats forever). */
    public List<Long> scheduleMillis() {
        List<Long> waits = new ArrayList<>();
        long n = freeFailures + 1L;
        do {
            waits.add(after(n++).toMillis());
        } while (waits.getLast() < max.toMillis());
        return waits;
    }
}
