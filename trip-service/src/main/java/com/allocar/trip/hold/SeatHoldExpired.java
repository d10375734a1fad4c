package com.allocar.trip.hold;

import java.util.UUID;

import com.allocar.platform.events.PublishedEvent;
import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/** A hold ran out before its booking was paid: {@code seat_hold.expired} on its trip's key, with the wire payload. */
public record SeatHoldExpired(TripEvents.SeatHoldExpired payload) implements PublishedEvent {

    @Override
    public TripEventType type() {
        return TripEventType.SEAT_HOLD_EXPIRED;
    }

    @Override
    public UUID aggregateId() {
        return payload.tripId();
    }
}
