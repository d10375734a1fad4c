package com.allocar.trip.ride;

import com.allocar.platform.api.ApiException;

/** Origin and destination closer than a kilometre are not a trip. */
final class RouteLength {

    static final double MIN_TRIP_METERS = 1_000;

    static void check(Trip.Place origin, Trip.Place destination) {
        if (origin.point().metersTo(destination.point()) < MIN_TRIP_METERS) {
            throw ApiException.validation("destination", "must be at least 1 km from the origin");
        }
    }

    private RouteLength() {
    }
}
