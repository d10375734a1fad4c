package com.allocar.trip.ride;

import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Component;

/** Who may see a trip, and how a trip is loaded for a change: its row locked, and only by its driver. */
@Component
class TripAccess {

    private final TripRepository trips;

    TripAccess(TripRepository trips) {
        this.trips = trips;
    }

    /** Anyone may see a trip once published; a draft only its driver (to others it does not exist). */
    Trip visible(UUID id, Optional<UUID> viewer) {
        Trip trip = trips.findById(id).orElseThrow(() -> ApiException.notFound("trip", id));
        if (trip.getStatus() == TripStatus.DRAFT && viewer.map(v -> !trip.ownedBy(v)).orElse(true)) {
            throw ApiException.notFound("trip", id);
        }
        return trip;
    }

    Trip owned(UUID id, UUID driverId) {
        Trip trip = locked(id);
        if (!trip.ownedBy(driverId)) {
            throw ApiException.forbidden("Only the trip's driver may do this");
        }
        return trip;
    }

    Trip locked(UUID id) {
        return trips.findForUpdate(id).orElseThrow(() -> ApiException.notFound("trip", id));
    }
}
