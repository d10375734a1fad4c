package com.allocar.messaging.location.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A position is a WGS84 point (lat −90..90, lon −180..180), its heading 0..360 and speed 0..250 km/h when given, and
 * its {@code at} neither more than {@code maxAhead} (30 s) in the future — device clocks drift — nor older than
 * {@code maxAge} (5 min): a stale position is not "live".
 */
public final class PositionCheck {

    private final Duration maxAhead;
    private final Duration maxAge;

    public PositionCheck(Duration maxAhead, Duration maxAge) {
        this.maxAhead = maxAhead;
        this.maxAge = maxAge;
    }

    /** The first refused field and why, if any. */
    public Optional<Map.Entry<String, String>> problem(Position p, Instant now) {
        if (!within(p.lat(), -90, 90)) {
            return Optional.of(Map.entry("lat", "must be between -90 and 90"));
        }
        if (!within(p.lon(), -180, 180)) {
            return Optional.of(Map.entry("lon", "must be between -180 and 180"));
        }
        if (p.heading() != null && !within(p.heading(), 0, 360)) {
            return Optional.of(Map.entry("heading", "must be between 0 and 360"));
        }
        if (p.speedKmh() != null && !within(p.speedKmh(), 0, 250)) {
            return Optional.of(Map.entry("speed_kmh", "must be between 0 and 250"));
        }
        if (p.at() == null) {
            return Optional.of(Map.entry("at", "is required"));
        }
        if (p.at().isAfter(now.plus(maxAhead))) {
            return Optional.of(Map.entry("at", "must not be more than " + maxAhead.toSeconds() + " s in the future"));
        }
        if (p.at().isBefore(now.minus(maxAge))) {
            return Optional.of(Map.entry("at", "must not be older than " + maxAge.toMinutes() + " min"));
        }
        return Optional.empty();
    }

    private static boolean within(double v, double min, double max) {
        return !Double.isNaN(v) && v >= min && v <= max;
    }
}
