package com.allocar.trip.ride;

import java.time.Instant;
import java.util.UUID;

import com.allocar.trip.pricing.PriceBands;
import com.allocar.trip.vehicle.Vehicle;
import com.allocar.trip.vehicle.Vehicles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A driver offers a trip: a draft, or published at once (which needs an approved KYC). */
@Service
public class OfferTrip {

    private final TripRepository trips;
    private final Vehicles vehicles;
    private final PriceBands prices;
    private final MayPublish mayPublish;
    private final AutoAcceptDefault autoAccept;
    private final DetailedTripReader detailed;

    OfferTrip(TripRepository trips, Vehicles vehicles, PriceBands prices, MayPublish mayPublish, AutoAcceptDefault autoAccept,
              DetailedTripReader detailed) {
        this.trips = trips;
        this.vehicles = vehicles;
        this.prices = prices;
        this.mayPublish = mayPublish;
        this.autoAccept = autoAccept;
        this.detailed = detailed;
    }

    @Transactional
    public DetailedTrip create(UUID driverId, TripDraft offered) {
        TripDraft d = offered.withAutoAcceptOr(autoAccept.value());
        Instant now = Instant.now();
        RouteLength.check(d.origin(), d.destination());
        ScheduleWindow.check(d.departureTime(), d.arrivalEta(), now);
        Vehicle vehicle = d.vehicleId() != null ? vehicles.forTrip(d.vehicleId(), driverId) : vehicles.onlyVehicleOf(driverId).orElse(null);
        VehicleCapacity.check(d.seats(), vehicle);
        prices.check(d.origin().point(), d.destination().point(), d.pricePerSeat());
        if (d.publish()) {
            mayPublish.check(driverId);
        }
        Trip trip = trips.saveAndFlush(Trip.offer(driverId, vehicle == null ? null : vehicle.getId(), d, now));
        return detailed.of(trip);
    }
}
