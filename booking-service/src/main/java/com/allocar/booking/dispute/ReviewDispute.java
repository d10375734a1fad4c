package com.allocar.booking.dispute;

import java.time.Instant;
import java.util.UUID;

import com.allocar.booking.reservation.BookingRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member reviews a dispute (admin-service's {@code PATCH /admin/disputes/{id}}): the dispute decides whether
 * it can take the move and records it with its audit entry; both leave through the outbox of this transaction.
 */
@Service
public class ReviewDispute {

    private final DisputeRepository disputes;
    private final BookingRepository bookings;

    ReviewDispute(DisputeRepository disputes, BookingRepository bookings) {
        this.disputes = disputes;
        this.bookings = bookings;
    }

    /** @param resolution stripped, or null to keep the one written */
    @Transactional
    public DisputeCase review(UUID id, DisputeStatus target, String resolution, UUID staffId) {
        Dispute d = disputes.lockExisting(id);
        d.review(target, resolution, staffId, Instant.now());
        return new DisputeCase(disputes.saveAndFlush(d), bookings.existing(d.getBookingId()));
    }
}
