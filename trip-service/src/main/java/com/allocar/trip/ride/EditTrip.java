package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.pricing.PriceBands;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.stop.TripStopRepository;
import com.allocar.trip.vehicle.Vehicle;
import com.allocar.trip.vehicle.Vehicles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The driver changes a trip that has not left (time, price, seats, vehicle, route…) while the rules allow. */
@Service
public class EditTrip {

    private final TripRepository trips;
    private final TripStopRepository stops;
    private final TripAccess access;
    private final Vehicles vehicles;
    private final PriceBands prices;
    private final DetailedTripReader detailed;

    EditTrip(TripRepository trips, TripStopRepository stops, TripAccess access, Vehicles vehicles, PriceBands prices,
             DetailedTripReader detailed) {
        this.trips = trips;
        this.stops = stops;
        this.access = access;
        this.vehicles = vehicles;
        this.prices = prices;
        this.detailed = detailed;
    }

    @Transactional
    public DetailedTrip update(UUID id, UUID driverId, TripChanges c) {
        Instant now = Instant.now();
        Trip trip = access.owned(id, driverId);
        trip.checkEditable(now);
        Instant before = trip.getDepartureTime();
        if (c.movesRoute()) {
            Trip.Place origin = c.origin() != null ? c.origin() : trip.getOrigin();
            Trip.Place destination = c.destination() != null ? c.destination() : trip.getDestination();
            RouteLength.check(origin, destination);
            trip.changeRoute(origin, destination);
        }
        if (c.movesSchedule()) {
            reschedule(trip, c, now);
        }
        if (c.pricePerSeat() != null) {
            trip.reprice(c.pricePerSeat());
        }
        Vehicle vehicle = c.vehicleId() != null ? vehicles.forTrip(c.vehicleId(), driverId) : vehicles.find(trip.getVehicleId()).orElse(null);
        if (c.vehicleId() != null) {
            trip.assignVehicle(vehicle.getId());
        }
        if (c.seats() != null) {
            trip.changeSeats(c.seats());
        }
        if (c.seats() != null || c.vehicleId() != null) {
            VehicleCapacity.check(trip.getSeatsTotal(), vehicle);
        }
        if (c.pricePerSeat() != null || c.movesRoute()) {
            prices.check(trip.getOrigin().point(), trip.getDestination().point(), trip.getPricePerSeat());
        }
        trip.describe(c.luggagePolicy(), c.rules(), c.allowAutoAccept());
        List<TripStop> current = stops.ofTrip(id);
        trip.edited(before, current);
        trips.saveAndFlush(trip);
        return detailed.of(trip, current);
    }

    /** An arrival left out stays as it was, as long as it still follows the (new) departure. */
    private static void reschedule(Trip trip, TripChanges c, Instant now) {
        Instant departure = c.departureTime() != null ? c.departureTime() : trip.getDepartureTime();
        Instant arrival = c.arrivalEta() != null ? c.arrivalEta()
                : trip.getArrivalEta() != null && departure.isBefore(trip.getArrivalEta()) ? trip.getArrivalEta() : null;
        ScheduleWindow.check(departure, arrival, now);
        trip.reschedule(departure, arrival);
    }
}
