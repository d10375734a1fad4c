package com.allocar.booking.reservation;

import com.allocar.platform.lifecycle.IllegalTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingStatusTest {

    @Test
    void theSpecsMachine() {
        assertThat(BookingStatus.PENDING.next()).containsExactlyInAnyOrder(BookingStatus.ACCEPTED, BookingStatus.CANCELLED);
        assertThat(BookingStatus.ACCEPTED.next()).containsExactlyInAnyOrder(BookingStatus.PAID, BookingStatus.CANCELLED);
        assertThat(BookingStatus.PAID.next()).containsExactlyInAnyOrder(BookingStatus.COMPLETED, BookingStatus.CANCELLED);
        assertThat(BookingStatus.CANCELLED.next()).isEmpty();
        assertThat(BookingStatus.COMPLETED.next()).isEmpty();
    }

    @Test
    void everyIllegalMoveIsAConflictWithCurrentAndAllowed() {
        int illegal = 0;
        for (BookingStatus from : BookingStatus.values()) {
            for (BookingStatus to : BookingStatus.values()) {
                if (from.canBecome(to)) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                    continue;
                }
                illegal++;
                assertThatThrownBy(() -> from.moveTo(to)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.current()).isEqualTo(from.wire());
                    assertThat(e.allowed()).hasSize(from.next().size())
                            .containsExactlyInAnyOrderElementsOf(from.next().stream().map(BookingStatus::wire).toList());
                });
            }
        }
        assertThat(illegal).isEqualTo(25 - 6);
    }

    @Test
    void noSkippingPaymentNorComingBack() {
        assertThat(BookingStatus.PENDING.canBecome(BookingStatus.PAID)).isFalse();
        assertThat(BookingStatus.ACCEPTED.canBecome(BookingStatus.COMPLETED)).isFalse();
        assertThat(BookingStatus.PAID.canBecome(BookingStatus.ACCEPTED)).isFalse();
        assertThat(BookingStatus.CANCELLED.canBecome(BookingStatus.PENDING)).isFalse();
    }
}
