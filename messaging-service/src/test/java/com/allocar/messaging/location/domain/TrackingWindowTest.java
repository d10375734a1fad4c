package com.allocar.messaging.location.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingWindowTest {

    private static final Instant DEPARTURE = Instant.parse("2026-05-01T08:00:00Z");
    private final TrackingWindow window = new TrackingWindow(Duration.ofMinutes(60), Duration.ofHours(24));

    @Test
    void opensAnHourBeforeTheDeparture() {
        assertThat(window.state(DEPARTURE, 1, 0, DEPARTURE.minusSeconds(3601))).isEqualTo(TrackingState.NOT_YET_OPEN);
        assertThat(window.state(DEPARTURE, 1, 0, DEPARTURE.minusSeconds(3600))).isEqualTo(TrackingState.OPEN);
        assertThat(window.opensAt(DEPARTURE)).isEqualTo(Instant.parse("2026-05-01T07:00:00Z"));
    }

    @Test
    void staysOpenWhileAPassengerRideGoesOnAfterTheDeparture() {
        assertThat(window.state(DEPARTURE, 2, 1, DEPARTURE.plusSeconds(5 * 3600))).isEqualTo(TrackingState.OPEN);
    }

    @Test
    void endsADayAfterTheDepartureEvenIfNoRideWasEverEnded() {
        assertThat(window.state(DEPARTURE, 2, 0, DEPARTURE.plusSeconds(24 * 3600))).isEqualTo(TrackingState.OPEN);
        assertThat(window.state(DEPARTURE, 2, 0, DEPARTURE.plusSeconds(24 * 3600 + 1))).isEqualTo(TrackingState.ENDED);
    }

    @Test
    void endsWhenNoPaidBookingIsLeftAndARideWasCompleted() {
        assertThat(window.state(DEPARTURE, 0, 1, DEPARTURE.plusSeconds(3600))).isEqualTo(TrackingState.ENDED);
    }

    @Test
    void nobodyToFollowWithoutAPaidBooking() {
        assertThat(window.state(DEPARTURE, 0, 0, DEPARTURE)).isEqualTo(TrackingState.NO_PAID_PASSENGER);
    }
}
