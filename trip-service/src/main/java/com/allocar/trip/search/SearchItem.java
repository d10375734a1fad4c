package com.allocar.trip.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.trip.geo.PlaceView;
import com.allocar.trip.member.DriverSummary;
import com.allocar.trip.vehicle.ComfortLevel;

/**
 * One trip in a search answer.
 *
 * @param distanceKm from the searched {@code from} point to where the passenger is picked up ({@code pickup}:
 *                   the trip's origin or one of its stops)
 * @param dropoff    where the passenger gets off: a stop or the trip's destination
 */
public record SearchItem(UUID id, PlaceView origin, PlaceView destination, Instant departureTime, Instant arrivalEta,
                         BigDecimal pricePerSeat, String currency, int seatsAvailable, boolean allowAutoAccept,
                         ComfortLevel comfortLevel, Vehicle vehicle, DriverSummary driver, double distanceKm,
                         PlaceView pickup, PlaceView dropoff) {

    public record Vehicle(String make, String model, String color) {
    }

    /** A page of answers and the number of matching trips. */
    public record Page(java.util.List<SearchItem> items, long total) {
    }
}
