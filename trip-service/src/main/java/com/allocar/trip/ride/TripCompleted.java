package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/**
 * The ride ended (booking-service's end-ride): {@code trip.completed}. No search sees an ongoing trip, so none changes.
 */
public record TripCompleted(TripEvents.TripCompleted payload) implements TripEvent {

    @Override
    public TripEventType type() {
        return TripEventType.TRIP_COMPLETED;
    }

    @Override
    public UUID tripId() {
        return payload.tripId();
    }

    @Override
    public List<Instant> departuresSeen() {
        return List.of();
    }
}
