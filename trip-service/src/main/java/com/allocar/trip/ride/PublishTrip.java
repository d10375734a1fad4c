package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.pricing.PriceBands;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.stop.TripStopRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The driver publishes a draft: it becomes bookable (needs an approved KYC and a price within the axis' band). */
@Service
public class PublishTrip {

    private final TripRepository trips;
    private final TripStopRepository stops;
    private final TripAccess access;
    private final PriceBands prices;
    private final MayPublish mayPublish;
    private final DetailedTripReader detailed;

    PublishTrip(TripRepository trips, TripStopRepository stops, TripAccess access, PriceBands prices, MayPublish mayPublish,
                DetailedTripReader detailed) {
        this.trips = trips;
        this.stops = stops;
        this.access = access;
        this.prices = prices;
        this.mayPublish = mayPublish;
        this.detailed = detailed;
    }

    @Transactional
    public DetailedTrip publish(UUID id, UUID driverId) {
        Trip trip = access.owned(id, driverId);
        trip.checkPublishable(); // an illegal move is a conflict before any KYC or standing question
        mayPublish.check(driverId);
        prices.check(trip.getOrigin().point(), trip.getDestination().point(), trip.getPricePerSeat());
        List<TripStop> current = stops.ofTrip(id);
        trip.publish(current, Instant.now());
        trips.saveAndFlush(trip);
        return detailed.of(trip, current);
    }
}
