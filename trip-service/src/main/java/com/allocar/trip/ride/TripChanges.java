package com.allocar.trip.ride;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A driver's patch of a trip: null = unchanged. */
public record TripChanges(Trip.Place origin, Trip.Place destination, Instant departureTime, Instant arrivalEta,
                          BigDecimal pricePerSeat, Integer seats, UUID vehicleId, String luggagePolicy, String rules,
                          Boolean allowAutoAccept) {

    boolean movesRoute() {
        return origin != null || destination != null;
    }

    boolean movesSchedule() {
        return departureTime != null || arrivalEta != null;
    }
}
