package com.allocar.messaging.location;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code driver_locations} table. */
@Repository
class DriverLocationRepository {

    private final JdbcClient jdbc;

    DriverLocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes the positions of one trip until the transaction ends (two devices, two instances). */
    void lockTrip(UUID tripId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param("driver_locations:" + tripId).query((rs, n) -> 1).list();
    }

    void save(DriverLocation l) {
        jdbc.sql("""
                INSERT INTO driver_locations (id, trip_id, driver_id, lat, lon, heading, speed_kmh, recorded_at, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(l.id(), l.tripId(), l.driverId(), l.lat(), l.lon(), l.heading(), l.speedKmh(), Timestamp.from(l.recordedAt()),
                        Timestamp.from(l.receivedAt()))
                .update();
    }

    Optional<DriverLocation> last(UUID tripId) {
        return jdbc.sql("SELECT * FROM driver_locations WHERE trip_id = ? ORDER BY received_at DESC LIMIT 1").param(tripId)
                .query(DriverLocationRepository::row).optional();
    }

    int purgeOlderThan(Duration retention) {
        return jdbc.sql("DELETE FROM driver_locations WHERE received_at < ?").param(Timestamp.from(Instant.now().minus(retention))).update();
    }

    private static DriverLocation row(ResultSet rs, int n) throws SQLException {
        return new DriverLocation(rs.getObject("id", UUID.class), rs.getObject("trip_id", UUID.class), rs.getObject("driver_id", UUID.class),
                rs.getDouble("lat"), rs.getDouble("lon"), (Double) rs.getObject("heading"), (Double) rs.getObject("speed_kmh"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }
}
