package com.allocar.trip.hold;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.events.Outbox;
import com.allocar.trip.api.TripEvents;
import com.allocar.trip.api.TripInternalApi;
import com.allocar.trip.search.TripsChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats held for bookings, so a trip can never be oversold.
 * <ul>
 * <li>Taking seats is ONE conditional UPDATE of the trip row ("add n to seats_held where at least n are free"):
 *     PostgreSQL serialises concurrent updates of the row and re-checks the condition for each, so of two holds
 *     for the last seat exactly one matches; the other gets {@code booking_conflict} {available, requested}.
 *     Nothing is read first and written after. A CHECK constraint on trips backs it up.</li>
 * <li>Every other change (confirm, release, expiry, a trip's cancellation) locks the trip row first, then the
 *     hold — one lock order everywhere, so they cannot deadlock, and counters move with the hold's status.</li>
 * </ul>
 */
@Service
public class SeatHolds {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;

    SeatHolds(JdbcClient jdbc, Outbox outbox, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.events = events;
    }

    public record Hold(UUID id, UUID tripId, UUID bookingId, UUID passengerId, int seats, HoldStatus status, Instant expiresAt) {
    }

    /** @param created false when the booking already had this hold (idempotent replay) */
    public record Outcome(Hold hold, int seatsAvailable, boolean created) {
    }

    private record TripRow(UUID driverId, String status, Instant departureTime, int seatsAvailable) {
    }

    @Transactional
    public Outcome hold(UUID tripId, UUID bookingId, UUID passengerId, int seats, Duration ttl) {
        Optional<Hold> existing = byBooking(bookingId);
        if (existing.isPresent()) {
            return replay(existing.get(), tripId, passengerId, seats);
        }
        TripRow trip = trip(tripId).orElseThrow(() -> ApiException.notFound("trip", tripId));
        if (trip.driverId().equals(passengerId)) {
            throw ApiException.forbidden("A driver cannot book a seat on their own trip");
        }
        UUID id = UUID.randomUUID();
        Instant expiresAt = Instant.now().plus(ttl).truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as stored
        int inserted = jdbc.sql("""
                INSERT INTO seat_holds (id, trip_id, booking_id, passenger_id, seats, status, expires_at)
                VALUES (?, ?, ?, ?, ?, 'HELD', ?) ON CONFLICT (booking_id) DO NOTHING""")
                .params(id, tripId, bookingId, passengerId, seats, Timestamp.from(expiresAt)).update();
        if (inserted == 0) { // the same booking raced us and won: answer with its hold
            return replay(byBooking(bookingId).orElseThrow(), tripId, passengerId, seats);
        }
        Optional<Integer> left = jdbc.sql("""
                UPDATE trips SET seats_held = seats_held + :n, updated_at = now()
                WHERE id = :id AND status = 'PUBLISHED' AND departure_time > now()
                  AND seats_total - seats_held - seats_confirmed >= :n
                RETURNING seats_total - seats_held - seats_confirmed""")
                .param("n", seats).param("id", tripId).query(Integer.class).optional();
        if (left.isEmpty()) {
            throw refusal(tripId, seats); // rolls the hold row back too
        }
        events.publishEvent(TripsChanged.at(trip.departureTime()));
        return new Outcome(new Hold(id, tripId, bookingId, passengerId, seats, HoldStatus.HELD, expiresAt), left.get(), true);
    }

    /** Payment done: the seats are taken for good. Idempotent. */
    @Transactional
    public Outcome confirm(UUID holdId) {
        Hold hold = lockTripThenRead(holdId);
        if (hold.status() == HoldStatus.CONFIRMED) {
            return new Outcome(hold, available(hold.tripId()), false);
        }
        if (hold.status() != HoldStatus.HELD) {
            throw hold.status().cannotBecome(HoldStatus.CONFIRMED);
        }
        // a hold past its expiry that the job has not swept yet still holds its seats: the payment wins
        jdbc.sql("UPDATE seat_holds SET status = 'CONFIRMED', confirmed_at = now(), updated_at = now() WHERE id = ?")
                .param(holdId).update();
        int left = jdbc.sql("""
                UPDATE trips SET seats_held = seats_held - :n, seats_confirmed = seats_confirmed + :n, updated_at = now()
                WHERE id = :id RETURNING seats_total - seats_held - seats_confirmed""")
                .param("n", hold.seats()).param("id", hold.tripId()).query(Integer.class).single();
        return new Outcome(withStatus(hold, HoldStatus.CONFIRMED), left, true);
    }

    /** Booking cancelled (before or after payment): the seats come back. Idempotent. */
    @Transactional
    public Outcome release(UUID holdId, String reason) {
        Hold hold = lockTripThenRead(holdId);
        if (!hold.status().takesSeats()) {
            return new Outcome(hold, available(hold.tripId()), false);
        }
        jdbc.sql("""
                UPDATE seat_holds SET status = 'RELEASED', release_reason = ?, released_at = now(), updated_at = now()
                WHERE id = ?""").params(reason == null ? "released" : reason, holdId).update();
        String counter = hold.status() == HoldStatus.HELD ? "seats_held" : "seats_confirmed";
        int left = jdbc.sql("UPDATE trips SET " + counter + " = " + counter + " - :n, updated_at = now() WHERE id = :id "
                        + "RETURNING seats_total - seats_held - seats_confirmed")
                .param("n", hold.seats()).param("id", hold.tripId()).query(Integer.class).single();
        events.publishEvent(TripsChanged.at(departure(hold.tripId())));
        return new Outcome(withStatus(hold, HoldStatus.RELEASED), left, true);
    }

    /**
     * Releases every hold of a trip whose row the caller has locked (trip cancelled or deleted).
     *
     * @return the bookings that held or paid seats
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> releaseAll(UUID tripId, String reason) {
        List<UUID> bookings = jdbc.sql("""
                UPDATE seat_holds SET status = 'RELEASED', release_reason = ?, released_at = now(), updated_at = now()
                WHERE trip_id = ? AND status IN ('HELD', 'CONFIRMED') RETURNING booking_id""")
                .params(reason, tripId).query(UUID.class).list();
        jdbc.sql("UPDATE trips SET seats_held = 0, seats_confirmed = 0 WHERE id = ?").param(tripId).update();
        return bookings;
    }

    /**
     * Expires the held (unpaid) holds of one trip whose time is up and announces each as {@code seat_hold.expired}.
     *
     * @return how many expired
     */
    @Transactional
    public int expire(UUID tripId) {
        Instant departure = jdbc.sql("SELECT departure_time FROM trips WHERE id = ? FOR NO KEY UPDATE").param(tripId)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant).orElse(null);
        if (departure == null) {
            return 0;
        }
        List<Hold> expired = jdbc.sql("""
                UPDATE seat_holds SET status = 'EXPIRED', release_reason = 'expired', released_at = now(), updated_at = now()
                WHERE trip_id = ? AND status = 'HELD' AND expires_at <= now()
                RETURNING id, trip_id, booking_id, passenger_id, seats, status, expires_at""")
                .param(tripId).query((rs, n) -> hold(rs)).list();
        if (expired.isEmpty()) {
            return 0;
        }
        int seats = expired.stream().mapToInt(Hold::seats).sum();
        jdbc.sql("UPDATE trips SET seats_held = seats_held - ?, updated_at = now() WHERE id = ?").params(seats, tripId).update();
        for (Hold h : expired) {
            outbox.publish(TripEvents.TRIPS_TOPIC, "trip", tripId, TripEvents.SEAT_HOLD_EXPIRED,
                    new TripEvents.SeatHoldExpired(h.id(), h.bookingId(), tripId, h.seats()));
        }
        events.publishEvent(TripsChanged.at(departure));
        return expired.size();
    }

    /** Trips with at least one held hold past its expiry (oldest first). */
    public List<UUID> tripsWithExpiredHolds(int limit) {
        return jdbc.sql("""
                SELECT trip_id FROM seat_holds WHERE status = 'HELD' AND expires_at <= now()
                GROUP BY trip_id ORDER BY min(expires_at) LIMIT ?""")
                .param(limit).query(UUID.class).list();
    }

    @Transactional(readOnly = true)
    public Outcome get(UUID holdId) {
        Hold hold = find(holdId).orElseThrow(() -> ApiException.notFound("seat_hold", holdId));
        return new Outcome(hold, available(hold.tripId()), false);
    }

    private Outcome replay(Hold existing, UUID tripId, UUID passengerId, int seats) {
        if (!existing.tripId().equals(tripId) || !existing.passengerId().equals(passengerId) || existing.seats() != seats) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("booking_id", existing.bookingId().toString());
            details.put("hold_id", existing.id().toString());
            details.put("trip_id", existing.tripId().toString());
            details.put("seats", existing.seats());
            throw ApiException.conflict("This booking already holds seats with different details", details);
        }
        return new Outcome(existing, available(existing.tripId()), false);
    }

    /** Why the conditional update matched nothing (read after it, for the error only). */
    private ApiException refusal(UUID tripId, int requested) {
        TripRow now = trip(tripId).orElseThrow(() -> ApiException.notFound("trip", tripId));
        if (!"PUBLISHED".equals(now.status())) {
            return ApiException.conflict("Seats can only be held on a published trip",
                    Map.of("current", now.status().toLowerCase(java.util.Locale.ROOT), "allowed", List.of("published")));
        }
        if (!now.departureTime().isAfter(Instant.now())) {
            return ApiException.conflict("The trip has already departed", Map.of("departure_time", now.departureTime().toString()));
        }
        return new ApiException(ErrorCode.BOOKING_CONFLICT, "Not enough seats available",
                Map.of("available", now.seatsAvailable(), "requested", requested));
    }

    private Hold lockTripThenRead(UUID holdId) {
        UUID tripId = jdbc.sql("SELECT trip_id FROM seat_holds WHERE id = ?").param(holdId).query(UUID.class).optional()
                .orElseThrow(() -> ApiException.notFound("seat_hold", holdId));
        jdbc.sql("SELECT id FROM trips WHERE id = ? FOR NO KEY UPDATE").param(tripId).query(UUID.class).optional();
        return find(holdId).orElseThrow(() -> ApiException.notFound("seat_hold", holdId));
    }

    private Optional<Hold> find(UUID holdId) {
        return jdbc.sql("SELECT id, trip_id, booking_id, passenger_id, seats, status, expires_at FROM seat_holds WHERE id = ?")
                .param(holdId).query((rs, n) -> hold(rs)).optional();
    }

    private Optional<Hold> byBooking(UUID bookingId) {
        return jdbc.sql("SELECT id, trip_id, booking_id, passenger_id, seats, status, expires_at FROM seat_holds WHERE booking_id = ?")
                .param(bookingId).query((rs, n) -> hold(rs)).optional();
    }

    /** What a booking needs of the trip (read after the hold committed, so its seats count the hold). */
    @Transactional(readOnly = true)
    public Optional<TripInternalApi.TripSummary> summary(UUID tripId) {
        return jdbc.sql("""
                SELECT id, driver_id, lower(status), departure_time, price_per_seat, seats_total,
                       seats_total - seats_held - seats_confirmed, allow_auto_accept, origin_text, destination_text
                FROM trips WHERE id = ?""")
                .param(tripId)
                .query((rs, n) -> new TripInternalApi.TripSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBigDecimal(5), "XOF", rs.getInt(6), rs.getInt(7),
                        rs.getBoolean(8), rs.getString(9), rs.getString(10)))
                .optional();
    }

    private Optional<TripRow> trip(UUID tripId) {
        return jdbc.sql("""
                SELECT driver_id, status, departure_time, seats_total - seats_held - seats_confirmed AS available
                FROM trips WHERE id = ?""")
                .param(tripId)
                .query((rs, n) -> new TripRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getInt(4)))
                .optional();
    }

    private int available(UUID tripId) {
        return jdbc.sql("SELECT seats_total - seats_held - seats_confirmed FROM trips WHERE id = ?").param(tripId)
                .query(Integer.class).optional().orElse(0);
    }

    private Instant departure(UUID tripId) {
        return jdbc.sql("SELECT departure_time FROM trips WHERE id = ?").param(tripId).query(OffsetDateTime.class)
                .optional().map(OffsetDateTime::toInstant).orElse(null);
    }

    private static Hold withStatus(Hold h, HoldStatus status) {
        return new Hold(h.id(), h.tripId(), h.bookingId(), h.passengerId(), h.seats(), status, h.expiresAt());
    }

    private static Hold hold(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Hold(rs.getObject("id", UUID.class), rs.getObject("trip_id", UUID.class), rs.getObject("booking_id", UUID.class),
                rs.getObject("passenger_id", UUID.class), rs.getInt("seats"), HoldStatus.valueOf(rs.getString("status")),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }
}
