package com.allocar.booking.reservation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.booking.api.BookingInternalApi.ArbitrationOutcome;
import com.allocar.booking.cancellation.domain.CancellationRules;
import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A staff member settles a booking (admin-service's arbitration): cancelled with the refund they name, a no-show, or
 * completed. The booking decides and records the change with its audit entry; seats a cancellation frees are given back
 * after commit.
 */
@Service
public class ArbitrateBooking {

    private final BookingRepository bookings;
    private final CancellationRules rules;
    private final HoldReleases holdReleases;
    private final TransactionTemplate tx;

    ArbitrateBooking(BookingRepository bookings, CancellationRules rules, HoldReleases holdReleases, TransactionTemplate tx) {
        this.bookings = bookings;
        this.rules = rules;
        this.holdReleases = holdReleases;
        this.tx = tx;
    }

    /** @param refund what goes back of what was paid; only for {@link ArbitrationOutcome#CANCELLED} */
    public Booking arbitrate(UUID id, ArbitrationOutcome outcome, BigDecimal refund, String reason, UUID staffId) {
        if (refund != null && outcome != ArbitrationOutcome.CANCELLED) {
            throw ApiException.validation("refund_amount", "only when the outcome is cancelled (a no-show follows its rule)");
        }
        tx.executeWithoutResult(s -> {
            Booking b = bookings.lockExisting(id);
            Instant now = Instant.now();
            switch (outcome) {
                case CANCELLED -> b.cancelByStaff(staffId, refund, reason, rules, now);
                case NO_SHOW -> b.noShowByStaff(staffId, reason, rules, now);
                case COMPLETED -> b.completeByStaff(staffId, reason, now);
            }
            bookings.save(b);
        });
        holdReleases.release(id);
        return bookings.existing(id);
    }
}
