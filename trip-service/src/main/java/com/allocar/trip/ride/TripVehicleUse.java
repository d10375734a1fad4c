package com.allocar.trip.ride;

import java.util.List;
import java.util.UUID;

import com.allocar.trip.vehicle.VehicleUse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A vehicle is in use while one of its trips is ongoing, or published and not yet left. */
@Component
class TripVehicleUse implements VehicleUse {

    private final JdbcClient jdbc;

    TripVehicleUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> upcomingTrips(UUID vehicleId, int limit) {
        return jdbc.sql("""
                SELECT id FROM trips WHERE vehicle_id = :vehicle
                  AND (status = :ongoing OR (status = :published AND departure_time > now()))
                ORDER BY departure_time LIMIT :limit""")
                .param("vehicle", vehicleId).param("ongoing", TripStatus.ONGOING.name())
                .param("published", TripStatus.PUBLISHED.name()).param("limit", limit)
                .query(UUID.class).list();
    }
}
