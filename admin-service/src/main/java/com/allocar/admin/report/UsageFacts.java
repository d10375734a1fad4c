package com.allocar.admin.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code usage_facts}: one row per owner event the usage report counts, added once (its event id), never changed. */
@Repository
public class UsageFacts {

    public enum Kind { SIGNUP, TRIP_PUBLISHED, BOOKING_CREATED, BOOKING_PAID, SEARCHES }

    private final JdbcClient jdbc;

    UsageFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param amount 1 for an event that is one thing; the searches of a window for {@link Kind#SEARCHES} */
    public void add(UUID eventId, Kind kind, Instant at, UUID subject, long amount) {
        jdbc.sql("INSERT INTO usage_facts (event_id, kind, occurred_at, subject_id, amount) VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING")
                .params(eventId, kind.name().toLowerCase(Locale.ROOT), Timestamp.from(at), subject, amount).update();
    }

    /** A day of the usage report; days without anything are not stored, the report fills them with zeros. */
    public record Day(LocalDate day, long signups, long activeDrivers, long tripsPublished, long searches, long bookingsCreated, long bookingsPaid) {

        static Day empty(LocalDate day) {
            return new Day(day, 0, 0, 0, 0, 0, 0);
        }
    }

    private static final String COUNTS = """
            coalesce(sum(amount) FILTER (WHERE kind = 'signup'), 0) AS signups,
            count(DISTINCT subject_id) FILTER (WHERE kind = 'trip_published') AS active_drivers,
            coalesce(sum(amount) FILTER (WHERE kind = 'trip_published'), 0) AS trips_published,
            coalesce(sum(amount) FILTER (WHERE kind = 'searches'), 0) AS searches,
            coalesce(sum(amount) FILTER (WHERE kind = 'booking_created'), 0) AS bookings_created,
            coalesce(sum(amount) FILTER (WHERE kind = 'booking_paid'), 0) AS bookings_paid""";

    public List<Day> perDay(ReportPeriod period) {
        var instants = period.instants();
        return jdbc.sql("SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, " + COUNTS
                        + " FROM usage_facts WHERE occurred_at >= ? AND occurred_at < ? GROUP BY 1 ORDER BY 1")
                .params(Timestamp.from(instants.from()), Timestamp.from(instants.to()))
                .query((rs, n) -> day(rs.getObject("day", LocalDate.class), rs)).list();
    }

    /** The whole period at once: a driver active on several days is one active driver. */
    public Day total(ReportPeriod period) {
        var instants = period.instants();
        return jdbc.sql("SELECT " + COUNTS + " FROM usage_facts WHERE occurred_at >= ? AND occurred_at < ?")
                .params(Timestamp.from(instants.from()), Timestamp.from(instants.to()))
                .query((rs, n) -> day(period.first(), rs)).single();
    }

    private static Day day(LocalDate d, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Day(d, rs.getLong("signups"), rs.getLong("active_drivers"), rs.getLong("trips_published"), rs.getLong("searches"),
                rs.getLong("bookings_created"), rs.getLong("bookings_paid"));
    }
}
