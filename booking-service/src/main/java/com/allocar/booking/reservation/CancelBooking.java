package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.UUID;

import com.allocar.booking.cancellation.domain.CancellationRules;
import com.allocar.booking.cancellation.domain.Initiator;
import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code POST /bookings/{id}/cancel} by the passenger or the driver, under the cancellation rules; seats released after. */
@Service
public class CancelBooking {

    private final BookingRepository bookings;
    private final CancellationRules rules;
    private final HoldReleases holdReleases;
    private final TransactionTemplate tx;

    CancelBooking(BookingRepository bookings, CancellationRules rules, HoldReleases holdReleases, TransactionTemplate tx) {
        this.bookings = bookings;
        this.rules = rules;
        this.holdReleases = holdReleases;
        this.tx = tx;
    }

    /** @param note the person's own words, if any (audit trail only) */
    public Booking cancel(UUID user, UUID id, String note) {
        tx.executeWithoutResult(s -> {
            Booking b = bookings.lockExisting(id);
            b.cancel(request(b, user, note), rules, Instant.now());
            bookings.save(b);
        });
        holdReleases.release(id);
        return bookings.existing(id);
    }

    private static CancelRequest request(Booking b, UUID user, String note) {
        if (b.getPassengerId().equals(user)) {
            return new CancelRequest(Initiator.PASSENGER, Actor.USER, user, CancelReason.PASSENGER_CANCELLED, note, false);
        }
        if (b.getDriverId().equals(user)) {
            return new CancelRequest(Initiator.DRIVER, Actor.USER, user, CancelReason.DRIVER_CANCELLED, note, false);
        }
        throw ApiException.forbidden("This booking is not yours");
    }
}
