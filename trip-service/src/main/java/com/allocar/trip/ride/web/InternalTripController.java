package com.allocar.trip.ride.web;

import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import com.allocar.trip.api.TripInternalApi.TripSummary;
import com.allocar.trip.ride.StartAndCompleteTrip;
import com.allocar.trip.ride.Trip;
import com.allocar.trip.ride.ViewTrip;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What booking-service needs of a trip, and its start-ride / end-ride (service token; never routed by the gateway). */
@Hidden
@RestController
@CalledBy(FleetService.BOOKING)
@RequestMapping("/internal/trips/{id}")
class InternalTripController {

    private final ViewTrip viewTrip;
    private final StartAndCompleteTrip ride;

    InternalTripController(ViewTrip viewTrip, StartAndCompleteTrip ride) {
        this.viewTrip = viewTrip;
        this.ride = ride;
    }

    @GetMapping
    Envelope<TripSummary> get(@PathVariable UUID id) {
        return Envelope.of(summary(viewTrip.find(id)));
    }

    /** published → ongoing; idempotent (ongoing stays ongoing). */
    @PostMapping("/start")
    Envelope<TripSummary> start(@PathVariable UUID id) {
        return Envelope.of(summary(ride.start(id)));
    }

    /** ongoing → completed; idempotent. */
    @PostMapping("/complete")
    Envelope<TripSummary> complete(@PathVariable UUID id) {
        return Envelope.of(summary(ride.complete(id)));
    }

    static TripSummary summary(Trip t) {
        return new TripSummary(t.getId(), t.getDriverId(), t.getStatus().wire(), t.getDepartureTime(), t.getPricePerSeat(), Trip.CURRENCY,
                t.getSeatsTotal(), t.seatsAvailable(), t.isAllowAutoAccept(), t.getOrigin().text(), t.getDestination().text());
    }
}
