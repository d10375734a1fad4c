package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/** A trip nobody paid for was deleted: {@code trip.deleted}. */
public record TripDeleted(TripEvents.TripDeleted payload) implements TripEvent {

    @Override
    public TripEventType type() {
        return TripEventType.TRIP_DELETED;
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
