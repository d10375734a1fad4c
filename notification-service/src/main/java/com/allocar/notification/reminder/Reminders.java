package com.allocar.notification.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reminders} rows: one per booking and kind. */
@Repository
class Reminders {

    /** A row's state, read under its lock. */
    record Current(ReminderStatus status, Instant departure) {
    }

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the row is new (a second booking.paid, or a move of a booking we know, finds it there) */
    boolean insert(PaidBooking b, ReminderKind kind, ReminderStatus status, Instant now) {
        return jdbc.sql("""
                INSERT INTO reminders (booking_id, kind, trip_id, passenger_id, driver_id, seats, departure_time, due_at, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (booking_id, kind) DO NOTHING""")
                .params(b.bookingId(), kind.wire(), b.tripId(), b.passengerId(), b.driverId(), b.seats(), ts(b.departure()),
                        ts(ReminderSchedule.due(kind, b.departure())), status.wire(), ts(now), ts(now))
                .update() == 1;
    }

    /** Locks the row until the end of the transaction (the job's claim skips it meanwhile). */
    Optional<Current> lock(UUID booking, ReminderKind kind) {
        return jdbc.sql("SELECT status, departure_time FROM reminders WHERE booking_id = ? AND kind = ? FOR UPDATE")
                .params(booking, kind.wire())
                .query((rs, i) -> new Current(ReminderStatus.fromWire(rs.getString(1)), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    void move(PaidBooking b, ReminderKind kind, ReminderStatus status, Instant now) {
        jdbc.sql("""
                UPDATE reminders SET departure_time = ?, due_at = ?, status = ?, seats = ?, updated_at = ?
                WHERE booking_id = ? AND kind = ?""")
                .params(ts(b.departure()), ts(ReminderSchedule.due(kind, b.departure())), status.wire(), b.seats(), ts(now), b.bookingId(),
                        kind.wire())
                .update();
    }

    /** Every reminder of the booking not yet told is cancelled (a sent one stays what happened). */
    int cancel(UUID booking, Instant now) {
        return jdbc.sql("UPDATE reminders SET status = ?, updated_at = ? WHERE booking_id = ? AND status <> ?")
                .params(ReminderStatus.CANCELLED.wire(), ts(now), booking, ReminderStatus.SENT.wire())
                .update();
    }

    /**
     * Takes up to {@code limit} reminders due at {@code now} for telling: one statement moves them scheduled → sent and
     * returns them, rows another instance is claiming are skipped, not waited for; so two instances running the job
     * at once (even without ShedLock) never both get the same row.
     */
    List<DueReminder> claim(Instant now, int limit) {
        String scheduled = ReminderStatus.SCHEDULED.wire();
        return jdbc.sql("""
                UPDATE reminders SET status = ?, sent_at = ?, updated_at = ?
                WHERE (booking_id, kind) IN (SELECT booking_id, kind FROM reminders WHERE status = ? AND due_at <= ?
                                             ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)
                  AND status = ?
                RETURNING booking_id, kind, trip_id, passenger_id, driver_id, seats, departure_time""")
                .params(ReminderStatus.SENT.wire(), ts(now), ts(now), scheduled, ts(now), limit, scheduled)
                .query((rs, i) -> new DueReminder(rs.getObject(1, UUID.class), ReminderKind.fromWire(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getInt(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** A claimed reminder that came too late. */
    void skip(DueReminder r, Instant now) {
        jdbc.sql("UPDATE reminders SET status = ?, sent_at = NULL, updated_at = ? WHERE booking_id = ? AND kind = ?")
                .params(ReminderStatus.SKIPPED.wire(), ts(now), r.bookingId(), r.kind().wire())
                .update();
    }

    /** The trip's bookings that are still on (none of their rows cancelled) and their seats, for this kind. */
    DueReminder.TripLoad load(UUID trip, ReminderKind kind) {
        return jdbc.sql("""
                SELECT count(*), coalesce(sum(r.seats), 0) FROM reminders r WHERE r.trip_id = ? AND r.kind = ?
                  AND NOT EXISTS (SELECT 1 FROM reminders c WHERE c.booking_id = r.booking_id AND c.status = ?)""")
                .params(trip, kind.wire(), ReminderStatus.CANCELLED.wire())
                .query((rs, i) -> new DueReminder.TripLoad(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
