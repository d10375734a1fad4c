package com.allocar.trip.hold;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HoldStatusTest {

    @Test
    void heldCanBeConfirmedReleasedOrExpiredAndConfirmedOnlyReleased() {
        assertThat(HoldStatus.HELD.next()).containsExactlyInAnyOrder(HoldStatus.CONFIRMED, HoldStatus.RELEASED, HoldStatus.EXPIRED);
        assertThat(HoldStatus.CONFIRMED.next()).containsExactly(HoldStatus.RELEASED);
        assertThat(HoldStatus.RELEASED.next()).isEmpty();
        assertThat(HoldStatus.EXPIRED.next()).isEmpty();
        assertThat(HoldStatus.HELD.takesSeats()).isTrue();
        assertThat(HoldStatus.CONFIRMED.takesSeats()).isTrue();
        assertThat(HoldStatus.RELEASED.takesSeats()).isFalse();
        assertThat(HoldStatus.EXPIRED.takesSeats()).isFalse();
    }

    @Test
    void refusalNamesTheCurrentStatus() {
        var e = HoldStatus.EXPIRED.cannotBecome(HoldStatus.CONFIRMED);
        assertThat(e.details()).containsEntry("current", "expired").containsEntry("allowed", List.of());
    }
}
