package com.allocar.trip.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The published contract, pinned: a renamed topic or type fails here before it fails a consumer. */
class TripEventTypeTest {

    @ParameterizedTest
    @CsvSource({
            "TRIP_CREATED, trip.trips, trip, trip.created", "TRIP_PUBLISHED, trip.trips, trip, trip.published",
            "TRIP_UPDATED, trip.trips, trip, trip.updated", "TRIP_CANCELLED, trip.trips, trip, trip.cancelled",
            "TRIP_STARTED, trip.trips, trip, trip.started", "TRIP_COMPLETED, trip.trips, trip, trip.completed",
            "TRIP_DELETED, trip.trips, trip, trip.deleted", "SEAT_HOLD_EXPIRED, trip.trips, trip, seat_hold.expired",
            "DRIVER_ACTIVATED, trip.drivers, driver, driver.activated",
            "SEARCH_VOLUME, trip.searches, search, search.volume"})
    void eachTypeGoesWhereItAlwaysWent(TripEventType type, String topic, String aggregateType, String wire) {
        assertThat(type.topic()).isEqualTo(topic);
        assertThat(type.aggregateType()).isEqualTo(aggregateType);
        assertThat(type.wire()).isEqualTo(wire);
    }
}
