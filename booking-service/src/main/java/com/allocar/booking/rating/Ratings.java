package com.allocar.booking.rating;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.api.BookingEvents;
import com.allocar.booking.reservation.Booking;
import com.allocar.booking.reservation.BookingRepository;
import com.allocar.booking.reservation.BookingStatus;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.events.Outbox;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings between a completed booking's passenger and driver, once per direction. Each new rating announces the
 * rated member's new average ({@code user.rating_updated} on {@code booking.ratings}, key = user id): identity shows
 * it on the profile, trip-service in searches.
 */
@Service
public class Ratings {

    private final RatingRepository ratings;
    private final BookingRepository bookings;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final EntityManager em;

    Ratings(RatingRepository ratings, BookingRepository bookings, Outbox outbox, JdbcClient jdbc, EntityManager em) {
        this.ratings = ratings;
        this.bookings = bookings;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.em = em;
    }

    @Transactional
    public Rating rate(UUID from, UUID bookingId, UUID to, int stars, String comment) {
        Booking b = bookings.findById(bookingId).orElseThrow(() -> ApiException.notFound("booking", bookingId));
        if (!b.involves(from)) {
            throw ApiException.forbidden("Only the booking's passenger and driver can rate each other");
        }
        if (b.getStatus() != BookingStatus.COMPLETED) {
            throw ApiException.conflict("Ratings open once the booking is completed",
                    Map.of("current", b.getStatus().wire(), "allowed", List.of(BookingStatus.COMPLETED.wire())));
        }
        UUID other = b.getPassengerId().equals(from) ? b.getDriverId() : b.getPassengerId();
        if (!other.equals(to)) {
            throw ApiException.validation("to_user_id", "must be the other party of the booking");
        }
        // one average per member at a time: two ratings of the same member commit (and announce) in order
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?, 42))").param("rating:" + to).query(Integer.class).single();
        if (ratings.existsByBookingIdAndFromUserIdAndToUserId(bookingId, from, to)) {
            throw ApiException.conflict("You already rated this member for this booking", Map.of("booking_id", bookingId.toString()));
        }
        Rating r = new Rating(bookingId, from, to, stars, comment, Instant.now());
        em.persist(r);
        em.flush();
        var stats = jdbc.sql("SELECT coalesce(avg(stars), 0), count(*) FROM ratings WHERE to_user_id = ?").param(to)
                .query((rs, n) -> new BookingEvents.RatingUpdated(to, rs.getBigDecimal(1).setScale(2, RoundingMode.HALF_UP), rs.getInt(2)))
                .single();
        outbox.publish(new RatingAverageChanged(stats));
        return r;
    }

    @Transactional(readOnly = true)
    public Page<Rating> of(UUID user, Pageable page) {
        return ratings.findByToUserId(user, page);
    }
}
