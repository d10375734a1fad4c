package com.allocar.trip.vehicle;

import java.util.List;
import java.util.UUID;

/** Which trips still count on a vehicle (implemented by the trip feature, which owns trips and their states). */
public interface VehicleUse {

    /** Trips on this vehicle that are under way or published and not yet left, soonest first. */
    List<UUID> upcomingTrips(UUID vehicleId, int limit);
}
