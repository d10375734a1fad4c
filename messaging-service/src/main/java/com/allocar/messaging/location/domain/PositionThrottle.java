package com.allocar.messaging.location.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most one position kept per trip every {@code minInterval} (2 s), counted on when this service kept the last one:
 * a position sooner than that is refused (the driver's socket is told {@code rate_limited} with the wait), not
 * stored, not fanned out.
 */
public final class PositionThrottle {

    private final Duration minInterval;

    public PositionThrottle(Duration minInterval) {
        this.minInterval = minInterval;
    }

    /** Empty when a position received {@code now} may be kept; otherwise how long until one may. */
    public Optional<Duration> wait(Instant lastKept, Instant now) {
        if (lastKept == null) {
            return Optional.empty();
        }
        Instant next = lastKept.plus(minInterval);
        return now.isBefore(next) ? Optional.of(Duration.between(now, next)) : Optional.empty();
    }
}
