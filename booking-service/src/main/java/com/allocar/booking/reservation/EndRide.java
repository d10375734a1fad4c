package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.allocar.booking.cancellation.domain.CancellationRules;
import com.allocar.booking.trip.TripServiceClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ride is over (trip-service completes the trip, idempotent). Every booking of the trip takes its end
 * ({@link Booking#rideEnded}); the seats of those never paid are released after commit.
 */
@Service
public class EndRide {

    private final BookingRepository bookings;
    private final TripServiceClient trips;
    private final CancellationRules rules;
    private final HoldReleases holdReleases;
    private final TransactionTemplate tx;

    EndRide(BookingRepository bookings, TripServiceClient trips, CancellationRules rules, HoldReleases holdReleases,
            TransactionTemplate tx) {
        this.bookings = bookings;
        this.trips = trips;
        this.rules = rules;
        this.holdReleases = holdReleases;
        this.tx = tx;
    }

    public Booking end(UUID driver, UUID id) {
        Booking b = Parties.requireDriver(bookings.existing(id), driver, "end the ride");
        b.requireEndable();
        trips.complete(b.getTripId());
        List<UUID> toRelease = tx.execute(s -> {
            Instant now = Instant.now();
            List<UUID> unpaid = new ArrayList<>();
            for (Booking each : bookings.lockByTrip(b.getTripId())) {
                if (each.rideEnded(driver, rules, now)) {
                    unpaid.add(each.getId());
                }
                bookings.save(each);
            }
            return unpaid;
        });
        // the trip is completed: its seats no longer matter, but holds are closed for the books
        toRelease.forEach(holdReleases::release);
        return bookings.existing(id);
    }
}
