package com.allocar.trip.ride.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.geo.PlaceView;
import com.allocar.trip.member.DriverSummary;
import com.allocar.trip.ride.DetailedTrip;
import com.allocar.trip.ride.Trip;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.vehicle.ComfortLevel;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A trip as clients see it. {@code seats_total} = seats offered; {@code seats_available} = offered − held − paid.
 */
public record TripView(UUID id, String status, DriverSummary driver, VehicleSummary vehicle, PlaceView origin,
                       PlaceView destination, Instant departureTime, Instant arrivalEta, BigDecimal pricePerSeat,
                       String currency, int seatsTotal, int seatsAvailable, int seatsHeld, int seatsConfirmed,
                       boolean allowAutoAccept, String luggagePolicy, String rules, List<StopView> stops,
                       @JsonUnwrapped Milestones milestones, Instant createdAt, Instant updatedAt) {

    /** When the trip was published, started, completed or cancelled (and why): flat in the JSON, as they always were. */
    public record Milestones(Instant publishedAt, Instant startedAt, Instant completedAt, Instant cancelledAt,
                             String cancelReason) {
    }

    /** Passengers recognise the car by these; the plate stays with its owner. */
    public record VehicleSummary(UUID id, String make, String model, String color, ComfortLevel comfortLevel, boolean verified) {
    }

    public record StopView(UUID id, int order, double lat, double lon, String label, boolean pickupAllowed, boolean dropoffAllowed) {

        public static StopView of(TripStop s) {
            return new StopView(s.getId(), s.getOrder(), s.getPoint().lat(), s.getPoint().lon(), s.getLabel(),
                    s.isPickupAllowed(), s.isDropoffAllowed());
        }
    }

    public static TripView of(DetailedTrip d) {
        Trip t = d.trip();
        VehicleSummary vehicle = d.vehicle().map(v -> new VehicleSummary(v.getId(), v.getMake(), v.getModel(), v.getColor(),
                v.getComfortLevel(), v.isVerified())).orElse(null);
        return new TripView(t.getId(), t.getStatus().wire(), d.driver(), vehicle,
                PlaceView.of(t.getOrigin().point(), t.getOrigin().text()),
                PlaceView.of(t.getDestination().point(), t.getDestination().text()),
                t.getDepartureTime(), t.getArrivalEta(), t.getPricePerSeat(), Trip.CURRENCY, t.getSeatsTotal(), t.seatsAvailable(),
                t.getSeatsHeld(), t.getSeatsConfirmed(), t.isAllowAutoAccept(), t.getLuggagePolicy(), t.getRules(),
                d.stops().stream().map(StopView::of).toList(), new Milestones(t.getPublishedAt(), t.getStartedAt(),
                        t.getCompletedAt(), t.getCancelledAt(), t.getCancelReason()), t.getCreatedAt(), t.getUpdatedAt());
    }
}
