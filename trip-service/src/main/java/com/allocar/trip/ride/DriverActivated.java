package com.allocar.trip.ride;

import java.util.UUID;

import com.allocar.platform.events.PublishedEvent;
import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/** A member published their first trip: {@code driver.activated} on {@code trip.drivers}, keyed by the member. */
public record DriverActivated(TripEvents.DriverActivated payload) implements PublishedEvent {

    @Override
    public TripEventType type() {
        return TripEventType.DRIVER_ACTIVATED;
    }

    @Override
    public UUID aggregateId() {
        return payload.userId();
    }
}
