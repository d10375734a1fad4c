package com.allocar.trip.trip.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.geo.PlaceView;
import com.allocar.trip.member.DriverSummary;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.trip.Trip;
import com.allocar.trip.trip.Trips;
import com.allocar.trip.vehicle.ComfortLevel;

/**
 * A trip as clients see it. {@code seats_total} = seats offered; {@code seats_available} = offered − held − paid.
 */
public record TripView(UUID id, String status, DriverSummary driver, VehicleSummary vehicle, PlaceView origin,
                       PlaceView destination, Instant departureTime, Instant arrivalEta, BigDecimal pricePerSeat,
                       String currency, int seatsTotal, int seatsAvailable, int seatsHeld, int seatsConfirmed,
                       boolean allowAutoAccept, String luggagePolicy, String rules, List<StopView> stops,
                       Instant publishedAt, Instant startedAt, Instant completedAt, Instant cancelledAt,
                       String cancelReason, Instant createdAt, Instant updatedAt) {

    /** Passengers recognise the car by these; the plate stays with its owner. */
    public record VehicleSummary(UUID id, String make, String model, String color, ComfortLevel comfortLevel, boolean verified) {
    }

    public record StopView(UUID id, int order, double lat, double lon, String label, boolean pickupAllowed, boolean dropoffAllowed) {

        public static StopView of(TripStop s) {
            return new StopView(s.getId(), s.getOrder(), s.getPoint().lat(), s.getPoint().lon(), s.getLabel(),
                    s.isPickupAllowed(), s.isDropoffAllowed());
        }
    }

    public static TripView of(Trips.Detailed d) {
        Trip t = d.trip();
        VehicleSummary vehicle = d.vehicle().map(v -> new VehicleSummary(v.getId(), v.getMake(), v.getModel(), v.getColor(),
                v.getComfortLevel(), v.isVerified())).orElse(null);
        return new TripView(t.getId(), t.getStatus().wire(), d.driver(), vehicle,
                PlaceView.of(t.getOrigin().point(), t.getOrigin().text()),
                PlaceView.of(t.getDestination().point(), t.getDestination().text()),
                t.getDepartureTime(), t.getArrivalEta(), t.getPricePerSeat(), "XOF", t.getSeatsTotal(), t.seatsAvailable(),
                t.getSeatsHeld(), t.getSeatsConfirmed(), t.isAllowAutoAccept(), t.getLuggagePolicy(), t.getRules(),
                d.stops().stream().map(StopView::of).toList(), t.getPublishedAt(), t.getStartedAt(), t.getCompletedAt(),
                t.getCancelledAt(), t.getCancelReason(), t.getCreatedAt(), t.getUpdatedAt());
    }
}
