package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiPredicate;

import com.allocar.booking.cancellation.domain.CancellationRules;
import com.allocar.platform.events.Inbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What trip-service's events do to bookings, each applied once (inbox, same transaction as the effect):
 * {@code seat_hold.expired} cancels an unpaid booking (seats already back); {@code trip.cancelled} / {@code trip.deleted}
 * cancel every live booking of the trip (paid ones refunded in full, a driver's late cancellation penalises them, a
 * staff member's never does);
 * {@code trip.updated} moves the departure of the live bookings.
 */
@Service
public class FollowTripEvents {

    public static final String CONSUMER = "booking.trips";

    private final BookingRepository bookings;
    private final CancellationRules rules;
    private final Inbox inbox;
    private final TransactionTemplate tx;

    FollowTripEvents(BookingRepository bookings, CancellationRules rules, Inbox inbox, TransactionTemplate tx) {
        this.bookings = bookings;
        this.rules = rules;
        this.inbox = inbox;
        this.tx = tx;
    }

    public void holdExpired(UUID eventId, UUID bookingId, UUID holdId) {
        tx.executeWithoutResult(s -> {
            if (!inbox.firstDelivery(eventId, CONSUMER)) {
                return;
            }
            bookings.lockById(bookingId).ifPresent(b -> {
                if (b.holdExpired(holdId, rules, Instant.now())) {
                    bookings.save(b);
                }
            });
        });
    }

    /**
     * {@code trip.cancelled} (by its driver) and {@code trip.deleted}: trip-service has already released every hold of the trip.
     *
     * @param reason {@link CancelReason#TRIP_CANCELLED} or {@link CancelReason#TRIP_DELETED}
     */
    public void tripCalledOff(UUID eventId, UUID tripId, CancelReason reason) {
        eachLiveBooking(eventId, tripId, (b, now) -> {
            b.tripCalledOff(reason, rules, now);
            return true;
        });
    }

    /** {@code trip.cancelled} by a staff member (moderation): paid bookings refunded in full, the driver not penalised. */
    public void tripCancelledByStaff(UUID eventId, UUID tripId, UUID staffId) {
        eachLiveBooking(eventId, tripId, (b, now) -> {
            b.tripCancelledByStaff(staffId, rules, now);
            return true;
        });
    }

    /**
     * {@code trip.updated}: the driver moved the departure; live bookings follow it. Events of one trip arrive in
     * order (key = trip id), each carrying the trip as it was when emitted, so an older time never overwrites a newer one.
     */
    public void tripRescheduled(UUID eventId, UUID tripId, Instant departureTime) {
        eachLiveBooking(eventId, tripId, (b, now) -> b.reschedule(departureTime, now));
    }

    /** Once per event, in one transaction: each live booking of the trip, locked, changed, and saved when it changed. */
    private void eachLiveBooking(UUID eventId, UUID tripId, BiPredicate<Booking, Instant> change) {
        tx.executeWithoutResult(s -> {
            if (!inbox.firstDelivery(eventId, CONSUMER)) {
                return;
            }
            Instant now = Instant.now();
            for (Booking b : bookings.lockByTripAndStatusIn(tripId, BookingStatus.LIVE)) {
                if (change.test(b, now)) {
                    bookings.save(b);
                }
            }
        });
    }
}
