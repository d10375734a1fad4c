package com.allocar.trip.hold;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.events.RecordedEvents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code seat_holds} table, row by row; saving a hold hands its recorded events to the event writer. */
@Repository
class SeatHoldRepository {

    private static final String COLUMNS = "id, trip_id, booking_id, passenger_id, seats, status, expires_at";

    private final JdbcClient jdbc;
    private final RecordedEvents recorded;

    SeatHoldRepository(JdbcClient jdbc, RecordedEvents recorded) {
        this.jdbc = jdbc;
        this.recorded = recorded;
    }

    Optional<SeatHold> find(UUID holdId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM seat_holds WHERE id = ?").param(holdId).query((rs, n) -> hold(rs)).optional();
    }

    /** The caller has locked the hold's trip first (one lock order: trip, then hold). */
    Optional<SeatHold> findForUpdate(UUID holdId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM seat_holds WHERE id = ? FOR UPDATE").param(holdId)
                .query((rs, n) -> hold(rs)).optional();
    }

    Optional<SeatHold> byBooking(UUID bookingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM seat_holds WHERE booking_id = ?").param(bookingId)
                .query((rs, n) -> hold(rs)).optional();
    }

    Optional<UUID> tripOf(UUID holdId) {
        return jdbc.sql("SELECT trip_id FROM seat_holds WHERE id = ?").param(holdId).query(UUID.class).optional();
    }

    /** The holds of a (locked) trip that still take seats, locked. */
    List<SeatHold> takingSeatsForUpdate(UUID tripId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM seat_holds WHERE trip_id = ? AND status IN (?, ?) ORDER BY created_at, id FOR UPDATE")
                .params(tripId, HoldStatus.HELD.name(), HoldStatus.CONFIRMED.name()).query((rs, n) -> hold(rs)).list();
    }

    /** The held holds of a (locked) trip whose time was up at {@code now}, locked. */
    List<SeatHold> expiredForUpdate(UUID tripId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM seat_holds WHERE trip_id = ? AND status = ? AND expires_at <= ? "
                        + "ORDER BY expires_at, id FOR UPDATE")
                .params(tripId, HoldStatus.HELD.name(), Timestamp.from(now)).query((rs, n) -> hold(rs)).list();
    }

    /** Trips with at least one held hold past its expiry at {@code now} (oldest first). */
    List<UUID> tripsWithExpiredHolds(Instant now, int limit) {
        return jdbc.sql("""
                SELECT trip_id FROM seat_holds WHERE status = ? AND expires_at <= ?
                GROUP BY trip_id ORDER BY min(expires_at) LIMIT ?""")
                .params(HoldStatus.HELD.name(), Timestamp.from(now), limit).query(UUID.class).list();
    }

    /** @return false when the booking already has a hold (it raced us and won) */
    boolean insert(SeatHold h) {
        return jdbc.sql("""
                INSERT INTO seat_holds (id, trip_id, booking_id, passenger_id, seats, status, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (booking_id) DO NOTHING""")
                .params(h.getId(), h.getTripId(), h.getBookingId(), h.getPassengerId(), h.getSeats(), h.getStatus().name(),
                        Timestamp.from(h.getExpiresAt()))
                .update() == 1;
    }

    /** Writes the hold's state as its transitions left it, then delivers what they recorded. */
    void save(SeatHold h) {
        jdbc.sql("""
                UPDATE seat_holds SET status = ?, release_reason = coalesce(?, release_reason),
                       confirmed_at = coalesce(?, confirmed_at), released_at = coalesce(?, released_at), updated_at = now()
                WHERE id = ?""")
                .params(h.getStatus().name(), h.getReleaseReason() == null ? null : h.getReleaseReason().wire(),
                        timestamp(h.getConfirmedAt()), timestamp(h.getReleasedAt()), h.getId())
                .update();
        recorded.publish(h);
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static SeatHold hold(ResultSet rs) throws SQLException {
        return new SeatHold(new SeatHold.Row(rs.getObject("id", UUID.class), rs.getObject("trip_id", UUID.class),
                rs.getObject("booking_id", UUID.class), rs.getObject("passenger_id", UUID.class), rs.getInt("seats"),
                HoldStatus.valueOf(rs.getString("status")), rs.getObject("expires_at", OffsetDateTime.class).toInstant()));
    }
}
