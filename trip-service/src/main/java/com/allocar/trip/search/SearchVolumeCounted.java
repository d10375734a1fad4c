package com.allocar.trip.search;

import java.util.UUID;

import com.allocar.platform.events.PublishedEvent;
import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;

/** {@code search.volume} on {@code trip.searches}, keyed by the instance that counted. */
public record SearchVolumeCounted(TripEvents.SearchVolume payload) implements PublishedEvent {

    @Override
    public TripEventType type() {
        return TripEventType.SEARCH_VOLUME;
    }

    @Override
    public UUID aggregateId() {
        return payload.instanceId();
    }
}
