package com.allocar.trip.ride;

import java.util.List;

import com.allocar.trip.member.Members;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.stop.TripStopRepository;
import com.allocar.trip.vehicle.Vehicles;

import org.springframework.stereotype.Component;

/** Gathers what a trip's page shows: its stops, its driver's summary, its vehicle. */
@Component
class DetailedTripReader {

    private final TripStopRepository stops;
    private final Members members;
    private final Vehicles vehicles;

    DetailedTripReader(TripStopRepository stops, Members members, Vehicles vehicles) {
        this.stops = stops;
        this.members = members;
        this.vehicles = vehicles;
    }

    DetailedTrip of(Trip trip) {
        return of(trip, stops.ofTrip(trip.getId()));
    }

    DetailedTrip of(Trip trip, List<TripStop> tripStops) {
        return new DetailedTrip(trip, tripStops, members.summary(trip.getDriverId()), vehicles.find(trip.getVehicleId()));
    }
}
