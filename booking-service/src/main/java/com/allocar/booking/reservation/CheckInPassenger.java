package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The driver scans the QR (or types the short code): the passenger is on board. */
@Service
public class CheckInPassenger {

    private final BookingRepository bookings;
    private final TransactionTemplate tx;

    CheckInPassenger(BookingRepository bookings, TransactionTemplate tx) {
        this.bookings = bookings;
        this.tx = tx;
    }

    public Booking checkIn(UUID driver, UUID id, String code) {
        return tx.execute(s -> {
            Booking b = Parties.requireDriver(bookings.lockExisting(id), driver, "check in");
            b.checkIn(driver, code, Instant.now());
            return bookings.save(b);
        });
    }
}
