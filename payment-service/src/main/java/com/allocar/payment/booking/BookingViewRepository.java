package com.allocar.payment.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The booking_view table: one row per booking, replaced only by a fact at least as recent as the stored one. */
@Repository
class BookingViewRepository {

    private final JdbcClient jdbc;

    BookingViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BookingView> find(UUID bookingId) {
        return jdbc.sql("""
                SELECT booking_id, trip_id, passenger_id, driver_id, seats, amount_total, currency, status, departure_time
                FROM booking_view WHERE booking_id = ?""").param(bookingId).query(BookingViewRepository::map).optional();
    }

    /** @param asOf when the fact was true (event time, or when booking-service answered) */
    void store(BookingView b, Instant asOf) {
        jdbc.sql("""
                INSERT INTO booking_view (booking_id, trip_id, passenger_id, driver_id, seats, amount_total, currency, status, departure_time,
                                          as_of, updated_at)
                VALUES (:id, :trip, :passenger, :driver, :seats, :amount, :currency, :status, :departure, :asOf, now())
                ON CONFLICT (booking_id) DO UPDATE SET trip_id = EXCLUDED.trip_id, passenger_id = EXCLUDED.passenger_id,
                    driver_id = EXCLUDED.driver_id, seats = EXCLUDED.seats, amount_total = EXCLUDED.amount_total,
                    currency = EXCLUDED.currency, status = EXCLUDED.status, departure_time = EXCLUDED.departure_time,
                    as_of = EXCLUDED.as_of, updated_at = now()
                WHERE booking_view.as_of <= EXCLUDED.as_of""")
                .param("id", b.id()).param("trip", b.tripId()).param("passenger", b.passengerId()).param("driver", b.driverId())
                .param("seats", b.seats()).param("amount", b.amountTotal()).param("currency", b.currency()).param("status", b.status())
                .param("departure", timestamp(b.departureTime())).param("asOf", Timestamp.from(asOf))
                .update();
    }

    private static BookingView map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime departure = rs.getObject("departure_time", OffsetDateTime.class);
        return new BookingView(rs.getObject("booking_id", UUID.class), rs.getObject("trip_id", UUID.class),
                rs.getObject("passenger_id", UUID.class), rs.getObject("driver_id", UUID.class), rs.getInt("seats"),
                rs.getBigDecimal("amount_total"), rs.getString("currency"), rs.getString("status"),
                departure == null ? null : departure.toInstant());
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
