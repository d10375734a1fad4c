package com.allocar.trip.trip;

import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.events.Outbox;
import com.allocar.trip.api.TripEvents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member becomes a driver when they publish their first trip (not when they register a car: many list a car and
 * never drive). trip-service then emits {@code driver.activated} on {@code trip.drivers}, once per member —
 * identity consumes it to set {@code is_driver}.
 */
@Component
class DriverActivations {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    DriverActivations(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** @return true the first time for this member */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean published(UUID driverId, UUID tripId, Instant at) {
        int first = jdbc.sql("INSERT INTO driver_activations (user_id, trip_id, activated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(driverId, tripId, java.sql.Timestamp.from(at)).update();
        if (first == 1) {
            outbox.publish(TripEvents.DRIVERS_TOPIC, "driver", driverId, TripEvents.DRIVER_ACTIVATED,
                    new TripEvents.DriverActivated(driverId, at));
        }
        return first == 1;
    }
}
