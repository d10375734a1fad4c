package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.events.PublishedEvent;

/** What a trip records of its transitions; each is published on {@code trip.trips}, keyed by the trip. */
public sealed interface TripEvent extends PublishedEvent
        permits TripCreated, TripPublished, TripUpdated, TripCancelled, TripDeleted, TripStarted, TripCompleted {

    UUID tripId();

    @Override
    default Object aggregateId() {
        return tripId();
    }

    /** The departures whose days' search answers this change makes stale; empty when searches cannot see it. */
    List<Instant> departuresSeen();
}
