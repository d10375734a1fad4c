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
 * Disputes: a party of a booking opens one (one undecided dispute per party and booking); the parties read it;
 * an admin reviews and decides it. Until the admin issue wires Keycloak roles, "admin" is the token's {@code admin} role.
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

    @Transactional(readOnly = true)
    public Dispute get(UUID user, boolean admin, UUID id) {
        Dispute d = disputes.findById(id).orElseThrow(() -> ApiException.notFound("dispute", id));
        if (!admin) {
            Booking b = bookings.findById(d.getBookingId()).orElseThrow();
            if (!b.involves(user)) {
                throw ApiException.forbidden("This dispute is not about one of your bookings");
            }
        }
        return d;
    }

    @Transactional
    public Dispute review(UUID admin, boolean isAdmin, UUID id, DisputeStatus status, String resolution) {
        if (!isAdmin) {
            throw ApiException.forbidden("Only an admin can review a dispute");
        }
        Dispute d = disputes.findById(id).orElseThrow(() -> ApiException.notFound("dispute", id));
        d.review(status == null ? d.getStatus() : status, resolution, admin, Instant.now());
        return disputes.saveAndFlush(d);
    }
}
