package com.allocar.messaging.location.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A trip's positions are taken from {@code opensBefore} (60 min) before its departure until the trip ends. The trip
 * ends, as this service sees it, when none of its bookings is still paid and at least one was completed (every
 * passenger's ride ended, or the rest cancelled); with no paid booking and none completed there is nobody to follow
 * ({@code no_paid_passenger}). The departure is the earliest of its paid bookings'. A driver who never ends the rides
 * does not keep the car visible for ever: the window also closes {@code closesAfter} (24 h) after the departure, longer
 * than any inter-city ride of the region.
 */
public final class TrackingWindow {

    private final Duration opensBefore;
    private final Duration closesAfter;

    public TrackingWindow(Duration opensBefore, Duration closesAfter) {
        this.opensBefore = opensBefore;
        this.closesAfter = closesAfter;
    }

    public TrackingState state(Instant departure, int paidBookings, int completedBookings, Instant now) {
        if (paidBookings == 0) {
            return completedBookings > 0 ? TrackingState.ENDED : TrackingState.NO_PAID_PASSENGER;
        }
        if (departure != null && now.isBefore(opensAt(departure))) {
            return TrackingState.NOT_YET_OPEN;
        }
        if (departure != null && now.isAfter(departure.plus(closesAfter))) {
            return TrackingState.ENDED;
        }
        return TrackingState.OPEN;
    }

    public Instant opensAt(Instant departure) {
        return departure.minus(opensBefore);
    }
}
