package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.UUID;

import com.allocar.booking.trip.HoldReleaseReason;
import com.allocar.booking.trip.TripServiceClient;
import com.allocar.booking.trip.TripServiceClient.ReleaseRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a cancelled booking's seats back to trip-service, after the cancellation committed (never inside it: a
 * remote call must not hold a row lock). A release that fails (trip-service down) is finished by the retry job:
 * the booking row remembers it ({@code hold_released_at} still empty). trip-service's release is idempotent.
 */
@Component
public class HoldReleases {

    private static final Logger log = LoggerFactory.getLogger(HoldReleases.class);

    private final BookingRepository bookings;
    private final TripServiceClient trips;
    private final TransactionTemplate tx;

    HoldReleases(BookingRepository bookings, TripServiceClient trips, TransactionTemplate tx) {
        this.bookings = bookings;
        this.trips = trips;
        this.tx = tx;
    }

    /** @return true when the seats are back (or were never held) */
    public boolean release(UUID bookingId) {
        Booking b = bookings.findById(bookingId).orElse(null);
        if (b == null || !b.holdToRelease()) {
            return true;
        }
        HoldReleaseReason reason = b.getCancelReason() == null ? HoldReleaseReason.BOOKING_CANCELLED : b.getCancelReason().holdRelease();
        try {
            trips.release(b.getHoldId(), new ReleaseRequest(reason));
        } catch (RuntimeException e) {
            log.warn("could not release the hold of booking {} yet: {}", bookingId, e.toString());
            return false;
        }
        tx.executeWithoutResult(s -> bookings.lockById(bookingId).ifPresent(l -> l.holdReleased(Instant.now())));
        return true;
    }

    @Scheduled(fixedDelayString = "${allocar.booking.hold-release-retry-interval:PT30S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "booking-hold-release-retry", lockAtMostFor = "PT5M")
    public void retry() {
        retryPending();
    }

    /** @return how many holds were released */
    public int retryPending() {
        int released = 0;
        for (UUID id : bookings.holdsToRelease(BookingStatus.CANCELLED, Limit.of(100))) {
            if (release(id)) {
                released++;
            }
        }
        return released;
    }
}
