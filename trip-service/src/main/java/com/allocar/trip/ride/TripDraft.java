package com.allocar.trip.ride;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a driver fills in to offer a trip. {@code vehicleId} null = their only vehicle, if they have exactly one;
 * {@code publish} false = a draft.
 */
public record TripDraft(Trip.Place origin, Trip.Place destination, Instant departureTime, Instant arrivalEta,
                        BigDecimal pricePerSeat, int seats, UUID vehicleId, String luggagePolicy, String rules,
                        boolean allowAutoAccept, boolean publish) {
}
