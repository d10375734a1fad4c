package com.allocar.trip.api;

import com.allocar.platform.events.EventType;

/**
 * Every event trip-service publishes, declared once: its topic, the outbox's aggregate type and its wire type.
 * {@code trip.trips} is keyed by trip id (one trip's events, its seat-hold events included, stay in order);
 * {@code trip.drivers} by user id; {@code trip.searches} by the id of the instance that counted.
 */
public enum TripEventType implements EventType {
    TRIP_CREATED(Topics.TRIPS, "trip", "trip.created"),
    TRIP_PUBLISHED(Topics.TRIPS, "trip", "trip.published"),
    TRIP_UPDATED(Topics.TRIPS, "trip", "trip.updated"),
    TRIP_CANCELLED(Topics.TRIPS, "trip", "trip.cancelled"),
    TRIP_STARTED(Topics.TRIPS, "trip", "trip.started"),
    TRIP_COMPLETED(Topics.TRIPS, "trip", "trip.completed"),
    TRIP_DELETED(Topics.TRIPS, "trip", "trip.deleted"),
    /** A hold ran out before its booking was paid: booking-service cancels the booking. */
    SEAT_HOLD_EXPIRED(Topics.TRIPS, "trip", "seat_hold.expired"),
    /** A member published their first trip: identity sets {@code is_driver}. Emitted once per member. */
    DRIVER_ACTIVATED(Topics.DRIVERS, "driver", "driver.activated"),
    /** How many searches one instance answered over a window: admin-service's usage report sums them. */
    SEARCH_VOLUME(Topics.SEARCHES, "search", "search.volume");

    private final String topic;
    private final String aggregateType;
    private final String wire;

    TripEventType(String topic, String aggregateType, String wire) {
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.wire = wire;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The topics, named once for the constants above. */
    private static final class Topics {
        static final String TRIPS = "trip.trips";
        static final String DRIVERS = "trip.drivers";
        static final String SEARCHES = "trip.searches";
    }
}
