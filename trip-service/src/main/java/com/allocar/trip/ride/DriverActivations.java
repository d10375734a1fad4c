package com.allocar.trip.ride;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.allocar.trip.api.TripEvents;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member becomes a driver when they publish their first trip (not when they register a car: many list a car and
 * never drive). trip-service then emits {@code driver.activated} on {@code trip.drivers}, once per member (the
 * {@code driver_activations} row says it was) — identity consumes it to set {@code is_driver}.
 */
@Component
class DriverActivations {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DriverActivations(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TripPublished published) {
        UUID driverId = published.payload().driverId();
        Instant at = Instant.now();
        int first = jdbc.sql("INSERT INTO driver_activations (user_id, trip_id, activated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(driverId, published.tripId(), Timestamp.from(at)).update();
        if (first == 1) {
            events.publishEvent(new DriverActivated(new TripEvents.DriverActivated(driverId, at)));
        }
    }
}
