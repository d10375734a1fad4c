package com.allocar.trip.ride;

import java.util.List;
import java.util.Optional;

import com.allocar.trip.member.DriverSummary;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.vehicle.Vehicle;

/** A trip with what its page shows. */
public record DetailedTrip(Trip trip, List<TripStop> stops, DriverSummary driver, Optional<Vehicle> vehicle) {
}
