package com.allocar.trip.ride;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a driver fills in to offer a trip. {@code vehicleId} null = their only vehicle, if they have exactly one;
 * {@code allowAutoAccept} null = the admin default ({@link AutoAcceptDefault}); {@code publish} false = a draft.
 */
public record TripDraft(Trip.Place origin, Trip.Place destination, Instant departureTime, Instant arrivalEta,
                        BigDecimal pricePerSeat, int seats, UUID vehicleId, String luggagePolicy, String rules,
                        Boolean allowAutoAccept, boolean publish) {

    /** This draft, saying whether bookings are accepted automatically (the driver's choice, else {@code fallback}). */
    TripDraft withAutoAcceptOr(boolean fallback) {
        return allowAutoAccept != null ? this : new TripDraft(origin, destination, departureTime, arrivalEta, pricePerSeat, seats,
                vehicleId, luggagePolicy, rules, fallback, publish);
    }
}
