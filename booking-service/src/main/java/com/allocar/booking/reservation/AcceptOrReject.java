package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.UUID;

import com.allocar.booking.cancellation.domain.CancellationRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The driver's answer to a pending booking: accepted, or turned down (cancelled, its seats released). */
@Service
public class AcceptOrReject {

    private final BookingRepository bookings;
    private final CancellationRules rules;
    private final HoldReleases holdReleases;
    private final TransactionTemplate tx;

    AcceptOrReject(BookingRepository bookings, CancellationRules rules, HoldReleases holdReleases, TransactionTemplate tx) {
        this.bookings = bookings;
        this.rules = rules;
        this.holdReleases = holdReleases;
        this.tx = tx;
    }

    public Booking accept(UUID driver, UUID id) {
        return tx.execute(s -> {
            Booking b = Parties.requireDriver(bookings.lockExisting(id), driver, "accept");
            b.accept(driver, Instant.now());
            return bookings.save(b);
        });
    }

    /** @param note the driver's own words, if any (audit trail only) */
    public Booking reject(UUID driver, UUID id, String note) {
        tx.executeWithoutResult(s -> {
            Booking b = Parties.requireDriver(bookings.lockExisting(id), driver, "reject");
            b.reject(driver, note, rules, Instant.now());
            bookings.save(b);
        });
        holdReleases.release(id);
        return bookings.existing(id);
    }
}
