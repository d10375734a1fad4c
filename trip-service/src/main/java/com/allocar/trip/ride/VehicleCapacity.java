package com.allocar.trip.ride;

import com.allocar.platform.api.ApiException;
import com.allocar.trip.vehicle.Vehicle;

/** A trip never offers more seats than its vehicle has (a trip without a vehicle yet is not checked). */
final class VehicleCapacity {

    static void check(int seats, Vehicle vehicle) {
        if (vehicle != null && seats > vehicle.getSeatsTotal()) {
            throw ApiException.validation("seats_available", "must not exceed the vehicle's " + vehicle.getSeatsTotal() + " seats");
        }
    }

    private VehicleCapacity() {
    }
}
