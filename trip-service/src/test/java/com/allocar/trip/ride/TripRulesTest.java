package com.allocar.trip.ride;

import java.time.Duration;
import java.time.Instant;

import com.allocar.platform.api.ApiException;
import com.allocar.trip.geo.GeoPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TripRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void aRouteIsAtLeastAKilometre() {
        Trip.Place a = new Trip.Place(new GeoPoint(5.3575, -4.0083), "a");
        assertThatThrownBy(() -> RouteLength.check(a, new Trip.Place(new GeoPoint(5.3600, -4.0083), "b")))
                .isInstanceOf(ApiException.class).hasMessage("Invalid request");
        assertThatCode(() -> RouteLength.check(a, new Trip.Place(new GeoPoint(5.3700, -4.0083), "c"))).doesNotThrowAnyException();
    }

    @Test
    void aTripLeavesWithinAYearAndArrivesWithin48Hours() {
        Instant departure = NOW.plus(Duration.ofDays(1));
        assertThatCode(() -> ScheduleWindow.check(departure, departure.plus(Duration.ofHours(4)), NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ScheduleWindow.check(NOW, null, NOW)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ScheduleWindow.check(NOW.plus(Duration.ofDays(366)), null, NOW)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ScheduleWindow.check(departure, departure, NOW)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ScheduleWindow.check(departure, departure.plus(Duration.ofHours(49)), NOW)).isInstanceOf(ApiException.class);
    }
}
