package com.allocar.trip.ride;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.lifecycle.IllegalTransition;
import com.allocar.trip.api.TripInternalApi.TripSummary;
import com.allocar.trip.hold.TripSeats;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trip row's seat counters ({@code seats_held}, {@code seats_confirmed}) in SQL, one conditional UPDATE at a time:
 * JPA never writes them, so an edit of the trip can never overwrite a concurrent hold. A CHECK constraint on trips
 * backs the arithmetic up.
 */
@Component
class TripSeatCounters implements TripSeats {

    private static final String LEFT = "seats_total - seats_held - seats_confirmed";

    private final JdbcClient jdbc;

    TripSeatCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(TripStatus status, Instant departureTime, int seatsAvailable) {
    }

    @Override
    public Optional<UUID> driverOf(UUID tripId) {
        return jdbc.sql("SELECT driver_id FROM trips WHERE id = ?").param(tripId).query(UUID.class).optional();
    }

    @Override
    public Taken take(UUID tripId, int seats) {
        Optional<Integer> left = jdbc.sql("UPDATE trips SET seats_held = seats_held + :n, updated_at = now() "
                        + "WHERE id = :id AND status = :published AND departure_time > now() AND " + LEFT + " >= :n "
                        + "RETURNING " + LEFT)
                .param("n", seats).param("id", tripId).param("published", TripStatus.PUBLISHED.name())
                .query(Integer.class).optional();
        return new Taken(left, left.isEmpty() ? refusal(tripId, seats) : null);
    }

    /** Why the conditional update matched nothing (read after it, for the error only). */
    private RuntimeException refusal(UUID tripId, int requested) {
        Row now = jdbc.sql("SELECT status, departure_time, " + LEFT + " FROM trips WHERE id = ?").param(tripId)
                .query((rs, n) -> new Row(TripStatus.valueOf(rs.getString(1)), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getInt(3)))
                .optional().orElse(null);
        if (now == null) {
            return ApiException.notFound("trip", tripId);
        }
        if (now.status() != TripStatus.PUBLISHED) {
            return new IllegalTransition("Seats can only be held on a published trip", now.status().wire(),
                    List.of(TripStatus.PUBLISHED.wire()));
        }
        if (!now.departureTime().isAfter(Instant.now())) {
            return ApiException.conflict("The trip has already departed", Map.of("departure_time", now.departureTime().toString()));
        }
        return new ApiException(ErrorCode.BOOKING_CONFLICT, "Not enough seats available",
                Map.of("available", now.seatsAvailable(), "requested", requested));
    }

    @Override
    public Optional<Instant> lock(UUID tripId) {
        return jdbc.sql("SELECT departure_time FROM trips WHERE id = ? FOR NO KEY UPDATE").param(tripId)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    @Override
    public int confirm(UUID tripId, int seats) {
        return jdbc.sql("UPDATE trips SET seats_held = seats_held - :n, seats_confirmed = seats_confirmed + :n, updated_at = now() "
                        + "WHERE id = :id RETURNING " + LEFT)
                .param("n", seats).param("id", tripId).query(Integer.class).single();
    }

    @Override
    public int giveBack(UUID tripId, int seats, boolean paid) {
        String counter = paid ? "seats_confirmed" : "seats_held";
        return jdbc.sql("UPDATE trips SET " + counter + " = " + counter + " - :n, updated_at = now() WHERE id = :id RETURNING " + LEFT)
                .param("n", seats).param("id", tripId).query(Integer.class).single();
    }

    @Override
    public void clear(UUID tripId) {
        jdbc.sql("UPDATE trips SET seats_held = 0, seats_confirmed = 0 WHERE id = ?").param(tripId).update();
    }

    @Override
    public int available(UUID tripId) {
        return jdbc.sql("SELECT " + LEFT + " FROM trips WHERE id = ?").param(tripId).query(Integer.class).optional().orElse(0);
    }

    @Override
    public Optional<Instant> departure(UUID tripId) {
        return jdbc.sql("SELECT departure_time FROM trips WHERE id = ?").param(tripId).query(OffsetDateTime.class)
                .optional().map(OffsetDateTime::toInstant);
    }

    @Override
    public Optional<TripSummary> summary(UUID tripId) {
        return jdbc.sql("SELECT id, driver_id, status, departure_time, price_per_seat, seats_total, " + LEFT
                        + ", allow_auto_accept, origin_text, destination_text FROM trips WHERE id = ?")
                .param(tripId)
                .query((rs, n) -> new TripSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        TripStatus.valueOf(rs.getString(3)).wire(), rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getBigDecimal(5), Trip.CURRENCY, rs.getInt(6), rs.getInt(7), rs.getBoolean(8), rs.getString(9),
                        rs.getString(10)))
                .optional();
    }
}
