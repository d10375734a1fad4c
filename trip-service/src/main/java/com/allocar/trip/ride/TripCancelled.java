package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/** The driver, or a staff member, called the trip off; every hold was released: {@code trip.cancelled}. */
public record TripCancelled(TripEvents.TripCancelled payload) implements TripEvent {

    @Override
    public TripEventType type() {
        return TripEventType.TRIP_CANCELLED;
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
