package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/** A trip became bookable: {@code trip.published}, the trip as it now is. */
public record TripPublished(TripEvents.TripDetails payload) implements TripEvent {

    @Override
    public TripEventType type() {
        return TripEventType.TRIP_PUBLISHED;
    }

    @Override
    public UUID tripId() {
        return payload.tripId();
    }

    @Override
    public List<Instant> departuresSeen() {
        return List.of(payload.departureTime());
    }
}
