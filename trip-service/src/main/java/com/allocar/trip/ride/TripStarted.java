package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/** The ride began (booking-service's start-ride): {@code trip.started}; the trip leaves the searches of its day. */
public record TripStarted(TripEvents.TripStarted payload, Instant departure) implements TripEvent {

    @Override
    public TripEventType type() {
        return TripEventType.TRIP_STARTED;
    }

    @Override
    public UUID tripId() {
        return payload.tripId();
    }

    @Override
    public List<Instant> departuresSeen() {
        return List.of(departure);
    }
}
