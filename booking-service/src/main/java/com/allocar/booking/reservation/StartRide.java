package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.UUID;

import com.allocar.booking.trip.TripServiceClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The driver leaves from a paid booking: the trip is on its way (trip-service, idempotent), noted on the booking. */
@Service
public class StartRide {

    private final BookingRepository bookings;
    private final TripServiceClient trips;
    private final TransactionTemplate tx;

    StartRide(BookingRepository bookings, TripServiceClient trips, TransactionTemplate tx) {
        this.bookings = bookings;
        this.trips = trips;
        this.tx = tx;
    }

    public Booking start(UUID driver, UUID id) {
        Booking b = Parties.requireDriver(bookings.existing(id), driver, "start the ride");
        b.requireStartable();
        trips.start(b.getTripId()); // never inside a transaction
        tx.executeWithoutResult(s -> {
            Booking locked = bookings.lockExisting(id);
            locked.rideStarted(driver, Instant.now());
            bookings.save(locked);
        });
        return bookings.existing(id);
    }
}
