package com.allocar.wallet.settlement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code completed_bookings}: the bookings booking-service reported completed, so a payment that arrives after its
 * booking.completed (another topic, no order between them) finds its earning withdrawable at once.
 */
@Repository
class CompletedBookingRepository {

    /** The ledger's ref_type of a booking's entries. */
    static final String BOOKING = "booking";

    private final JdbcClient jdbc;

    CompletedBookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isCompleted(UUID bookingId) {
        return jdbc.sql("SELECT count(*) FROM completed_bookings WHERE booking_id = ?").param(bookingId).query(Long.class).single() > 0;
    }

    void completed(UUID bookingId, UUID passengerId, UUID driverId, Instant at) {
        jdbc.sql("INSERT INTO completed_bookings (booking_id, passenger_id, driver_id, completed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(bookingId, passengerId, driverId, Timestamp.from(at)).update();
    }
}
