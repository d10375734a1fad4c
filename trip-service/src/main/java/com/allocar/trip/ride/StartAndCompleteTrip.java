package com.allocar.trip.ride;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** booking-service's start-ride and end-ride. Both idempotent: every booking of the trip calls them. */
@Service
public class StartAndCompleteTrip {

    private final TripRepository trips;
    private final TripAccess access;

    StartAndCompleteTrip(TripRepository trips, TripAccess access) {
        this.trips = trips;
        this.access = access;
    }

    @Transactional
    public Trip start(UUID id) {
        Trip trip = access.locked(id);
        if (trip.start(Instant.now())) {
            trips.saveAndFlush(trip);
        }
        return trip;
    }

    @Transactional
    public Trip complete(UUID id) {
        Trip trip = access.locked(id);
        if (trip.complete(Instant.now())) {
            trips.saveAndFlush(trip);
        }
        return trip;
    }
}
