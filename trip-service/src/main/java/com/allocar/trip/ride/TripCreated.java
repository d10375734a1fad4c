package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/** A driver offered a trip (as a draft, or published at once): {@code trip.created}, the trip as it now is. */
public record TripCreated(TripEvents.TripDetails payload) implements TripEvent {

    @Override
    public TripEventType type() {
        return TripEventType.TRIP_CREATED;
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
