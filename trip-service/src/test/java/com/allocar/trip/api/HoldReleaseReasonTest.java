package com.allocar.trip.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class HoldReleaseReasonTest {

    @ParameterizedTest
    @EnumSource(HoldReleaseReason.class)
    void everyReasonReadsBackFromItsWireName(HoldReleaseReason reason) {
        assertThat(HoldReleaseReason.of(reason.wire())).isEqualTo(reason);
    }

    @Test
    void bookingServiceReasonsAreKnownAndAnythingElseIsAPlainRelease() {
        assertThat(HoldReleaseReason.of("passenger_cancelled")).isEqualTo(HoldReleaseReason.PASSENGER_CANCELLED);
        assertThat(HoldReleaseReason.of("hold_expired")).isEqualTo(HoldReleaseReason.HOLD_EXPIRED);
        assertThat(HoldReleaseReason.of("booking_not_created")).isEqualTo(HoldReleaseReason.BOOKING_NOT_CREATED);
        assertThat(HoldReleaseReason.of(null)).isEqualTo(HoldReleaseReason.RELEASED);
        assertThat(HoldReleaseReason.of("something new")).isEqualTo(HoldReleaseReason.RELEASED);
    }
}
