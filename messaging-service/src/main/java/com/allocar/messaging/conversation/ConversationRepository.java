package com.allocar.messaging.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code conversations} read model. Order-safe in SQL: a change older than the stored state changes nothing. */
@Repository
public class ConversationRepository {

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Conversation> find(UUID bookingId) {
        return jdbc.sql("SELECT * FROM conversations WHERE booking_id = ?").param(bookingId).query(ConversationRepository::row).optional();
    }

    /** Every booking of a trip heard of (any status): its driver, its passengers, their departure. */
    public java.util.List<Conversation> byTrip(UUID tripId) {
        return jdbc.sql("SELECT * FROM conversations WHERE trip_id = ? ORDER BY state_at DESC, booking_id").param(tripId)
                .query(ConversationRepository::row).list();
    }

    /**
     * Applies {@code change} unless what is stored is newer ({@code state_at} after the change's time); the end of the
     * ride and the cancellation are kept once known.
     *
     * @return whether the row changed
     */
    boolean apply(BookingChange change) {
        return jdbc.sql("""
                INSERT INTO conversations (booking_id, trip_id, passenger_id, driver_id, status, departure_time, ended_at,
                                           cancelled_at, state_at, updated_at)
                VALUES (:booking, :trip, :passenger, :driver, :status, :departure, :ended, :cancelled, :at, now())
                ON CONFLICT (booking_id) DO UPDATE SET
                    trip_id = EXCLUDED.trip_id, passenger_id = EXCLUDED.passenger_id, driver_id = EXCLUDED.driver_id,
                    status = EXCLUDED.status, departure_time = EXCLUDED.departure_time,
                    ended_at = COALESCE(EXCLUDED.ended_at, conversations.ended_at),
                    cancelled_at = COALESCE(EXCLUDED.cancelled_at, conversations.cancelled_at),
                    state_at = EXCLUDED.state_at, updated_at = now()
                WHERE conversations.state_at <= EXCLUDED.state_at""")
                .param("booking", change.bookingId())
                .param("trip", change.tripId())
                .param("passenger", change.passengerId())
                .param("driver", change.driverId())
                .param("status", change.status().wire())
                .param("departure", ts(change.departureTime()))
                .param("ended", ts(change.endedAt()))
                .param("cancelled", ts(change.cancelledAt()))
                .param("at", ts(change.at()))
                .update() == 1;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Reads a row of {@code conversations} (also for queries joining it). */
    public static Conversation row(ResultSet rs, int n) throws SQLException {
        return new Conversation(rs.getObject("booking_id", UUID.class), rs.getObject("trip_id", UUID.class),
                rs.getObject("passenger_id", UUID.class), rs.getObject("driver_id", UUID.class),
                BookingStatus.fromWire(rs.getString("status")).orElseThrow(), instant(rs, "departure_time"), instant(rs, "ended_at"),
                instant(rs, "cancelled_at"), instant(rs, "state_at"), instant(rs, "updated_at"));
    }
}
