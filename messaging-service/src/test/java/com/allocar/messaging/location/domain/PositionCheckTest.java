package com.allocar.messaging.location.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PositionCheckTest {

    private static final Instant NOW = Instant.parse("2026-05-01T07:30:00Z");
    private final PositionCheck check = new PositionCheck(Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void abidjanPositionIsFine() {
        assertThat(check.problem(new Position(5.3600, -4.0083, 90.0, 42.0, NOW), NOW)).isEmpty();
        assertThat(check.problem(new Position(5.36, -4.0, null, null, NOW), NOW)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"90,180,0,0", "-90,-180,360,250", "0,0,0,0"})
    void boundsAreIncluded(double lat, double lon, double heading, double speed) {
        assertThat(check.problem(new Position(lat, lon, heading, speed, NOW), NOW)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"95,0,,,lat", "-90.0001,0,,,lat", "NaN,0,,,lat", "0,180.5,,,lon", "0,-181,,,lon", "0,0,-1,,heading",
            "0,0,360.1,,heading", "0,0,,-0.1,speed_kmh", "0,0,,251,speed_kmh"})
    void outOfRangeIsRefusedOnItsField(double lat, double lon, Double heading, Double speed, String field) {
        assertThat(check.problem(new Position(lat, lon, heading, speed, NOW), NOW)).get().extracting(e -> e.getKey()).isEqualTo(field);
    }

    @Test
    void atMayBeUpTo30SecondsAheadAnd5MinutesOld() {
        assertThat(check.problem(new Position(5, -4, null, null, NOW.plusSeconds(30)), NOW)).isEmpty();
        assertThat(check.problem(new Position(5, -4, null, null, NOW.plusSeconds(31)), NOW)).get().extracting(e -> e.getKey()).isEqualTo("at");
        assertThat(check.problem(new Position(5, -4, null, null, NOW.minusSeconds(300)), NOW)).isEmpty();
        assertThat(check.problem(new Position(5, -4, null, null, NOW.minusSeconds(301)), NOW)).get().extracting(e -> e.getKey()).isEqualTo("at");
        assertThat(check.problem(new Position(5, -4, null, null, null), NOW)).get().extracting(e -> e.getKey()).isEqualTo("at");
    }
}
