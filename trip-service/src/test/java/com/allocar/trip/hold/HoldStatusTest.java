package com.allocar.trip.hold;

import java.util.List;

import com.allocar.platform.lifecycle.IllegalTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
        IllegalTransition e = HoldStatus.EXPIRED.cannotBecome(HoldStatus.CONFIRMED);
        assertThat(e.getMessage()).isEqualTo("Seat hold is expired and cannot become confirmed");
        assertThat(e.current()).isEqualTo("expired");
        assertThat(e.allowed()).isEqualTo(List.of());
        IllegalTransition moved = catchThrowableOfType(IllegalTransition.class, () -> HoldStatus.CONFIRMED.moveTo(HoldStatus.EXPIRED));
        assertThat(moved.current()).isEqualTo("confirmed");
        assertThat(moved.allowed()).isEqualTo(List.of("released"));
        assertThat(HoldStatus.HELD.moveTo(HoldStatus.EXPIRED)).isEqualTo(HoldStatus.EXPIRED);
    }
}
