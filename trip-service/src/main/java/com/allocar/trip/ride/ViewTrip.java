package com.allocar.trip.ride;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.stop.TripStopRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A trip's page and its stops, for whoever may see them; a trip's facts for booking-service. */
@Service
public class ViewTrip {

    private final TripRepository trips;
    private final TripStopRepository stops;
    private final TripAccess access;
    private final DetailedTripReader detailed;

    ViewTrip(TripRepository trips, TripStopRepository stops, TripAccess access, DetailedTripReader detailed) {
        this.trips = trips;
        this.stops = stops;
        this.access = access;
        this.detailed = detailed;
    }

    @Transactional(readOnly = true)
    public DetailedTrip get(UUID id, Optional<UUID> viewer) {
        return detailed.of(access.visible(id, viewer));
    }

    @Transactional(readOnly = true)
    public List<TripStop> stopsOf(UUID id, Optional<UUID> viewer) {
        return stops.ofTrip(access.visible(id, viewer).getId());
    }

    @Transactional(readOnly = true)
    public Trip find(UUID id) {
        return trips.findById(id).orElseThrow(() -> ApiException.notFound("trip", id));
    }
}
