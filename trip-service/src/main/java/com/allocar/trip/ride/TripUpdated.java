package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/**
 * The driver changed the trip or its stops: {@code trip.updated}, the trip as it now is. The searches of the day it
 * used to leave on change too.
 */
public record TripUpdated(TripEvents.TripDetails payload, Instant previousDeparture) implements TripEvent {

    @Override
    public TripEventType type() {
        return TripEventType.TRIP_UPDATED;
    }

    @Override
    public UUID tripId() {
        return payload.tripId();
    }

    @Override
    public List<Instant> departuresSeen() {
        return List.of(previousDeparture, payload.departureTime());
    }
}
