package com.allocar.trip.ride;

import java.time.Duration;
import java.time.Instant;

import com.allocar.platform.api.ApiException;

/** A trip leaves in the future, within a year, and arrives (when it says) after leaving, by at most 48 hours. */
final class ScheduleWindow {

    static final Duration MAX_ADVANCE = Duration.ofDays(365);
    static final Duration MAX_DURATION = Duration.ofHours(48);

    static void check(Instant departure, Instant arrival, Instant now) {
        if (!departure.isAfter(now)) {
            throw ApiException.validation("departure_time", "must be in the future");
        }
        if (departure.isAfter(now.plus(MAX_ADVANCE))) {
            throw ApiException.validation("departure_time", "must be within a year");
        }
        if (arrival != null && (!arrival.isAfter(departure) || arrival.isAfter(departure.plus(MAX_DURATION)))) {
            throw ApiException.validation("arrival_eta", "must be after the departure time, by at most 48 hours");
        }
    }

    private ScheduleWindow() {
    }
}
