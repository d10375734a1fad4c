package com.allocar.booking.dispute;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.reservation.Booking;
import com.allocar.booking.reservation.BookingRepository;
import com.allocar.platform.api.ApiException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes as the booking's parties see them: a party opens one (one undecided dispute per party and booking) and the
 * parties read it. Staff (Keycloak users, through admin-service) review it with {@link ReviewDispute}.
 */
@Service
public class Disputes {

    private final DisputeRepository disputes;
    private final BookingRepository bookings;
    private final EntityManager em;

    Disputes(DisputeRepository disputes, BookingRepository bookings, EntityManager em) {
        this.disputes = disputes;
        this.bookings = bookings;
        this.em = em;
    }

    @Transactional
    public Dispute open(UUID user, UUID bookingId, DisputeCategory category, String description) {
        Booking b = bookings.findById(bookingId).orElseThrow(() -> ApiException.notFound("booking", bookingId));
        if (!b.involves(user)) {
            throw ApiException.forbidden("Only the booking's passenger and driver can open a dispute about it");
        }
        if (disputes.existsByBookingIdAndOpenedByAndStatusIn(bookingId, user, DisputeStatus.UNDECIDED)) {
            throw ApiException.conflict("You already have an open dispute about this booking", Map.of("booking_id", bookingId.toString()));
        }
        Dispute d = Dispute.open(bookingId, user, category, description, Instant.now());
        em.persist(d);
        return disputes.save(d); // hands its recorded events on
    }

    /** The booking's passenger and driver read it; staff read it through {@link ReadDisputes}. */
    @Transactional(readOnly = true)
    public Dispute get(UUID user, UUID id) {
        Dispute d = disputes.findById(id).orElseThrow(() -> ApiException.notFound("dispute", id));
        Booking b = bookings.findById(d.getBookingId()).orElseThrow();
        if (!b.involves(user)) {
            throw ApiException.forbidden("This dispute is not about one of your bookings");
        }
        return d;
    }
}
