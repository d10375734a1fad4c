package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.stop.StopPlan;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.stop.TripStopRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The driver's intermediate stops, replacing the previous list, while the trip has not left. */
@Service
public class EditStops {

    private final TripRepository trips;
    private final TripStopRepository stops;
    private final TripAccess access;

    EditStops(TripRepository trips, TripStopRepository stops, TripAccess access) {
        this.trips = trips;
        this.stops = stops;
        this.access = access;
    }

    @Transactional
    public List<TripStop> replaceStops(UUID id, UUID driverId, List<StopPlan.Requested> requested) {
        Trip trip = access.owned(id, driverId);
        trip.checkEditable(Instant.now());
        List<StopPlan.Stop> plan = StopPlan.of(requested);
        stops.deleteAllOfTrip(id);
        List<TripStop> saved = stops.saveAllAndFlush(plan.stream().map(s -> new TripStop(id, s)).toList());
        trip.touch(); // the trip changed: new updated_at and version
        trip.edited(trip.getDepartureTime(), saved);
        trips.save(trip);
        return saved;
    }
}
