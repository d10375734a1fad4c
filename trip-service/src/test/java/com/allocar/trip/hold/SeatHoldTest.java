package com.allocar.trip.hold;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.lifecycle.IllegalTransition;
import com.allocar.trip.api.HoldReleaseReason;
import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SeatHoldTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private final UUID trip = UUID.randomUUID();
    private final UUID booking = UUID.randomUUID();
    private final UUID passenger = UUID.randomUUID();

    private SeatHold held(Instant expiresAt) {
        return SeatHold.place(trip, new HoldSeats.Request(booking, passenger, 2, Duration.ofMinutes(10)), expiresAt);
    }

    @Test
    void aNewHoldHoldsItsSeatsAndRecordsNothing() {
        SeatHold h = held(NOW.plusSeconds(600));
        assertThat(h.getStatus()).isEqualTo(HoldStatus.HELD);
        assertThat(h.getSeats()).isEqualTo(2);
        assertThat(h.getId().version()).isEqualTo(4);
        assertThat(h.recordedEvents()).isEmpty();
        assertThat(h.sameAs(trip, new HoldSeats.Request(booking, passenger, 2, Duration.ofMinutes(1)))).isTrue();
        assertThat(h.sameAs(trip, new HoldSeats.Request(booking, passenger, 1, Duration.ofMinutes(1)))).isFalse();
        assertThat(h.sameAs(UUID.randomUUID(), new HoldSeats.Request(booking, passenger, 2, Duration.ofMinutes(1)))).isFalse();
    }

    @Test
    void confirmingAHeldHoldRecordsItOnceAndAgainChangesNothing() {
        SeatHold h = held(NOW.minusSeconds(1)); // past its expiry but not swept: the payment wins
        assertThat(h.confirm(NOW)).isTrue();
        assertThat(h.getStatus()).isEqualTo(HoldStatus.CONFIRMED);
        assertThat(h.getConfirmedAt()).isEqualTo(NOW);
        assertThat(h.recordedEvents()).containsExactly(new SeatHoldConfirmed(h.getId(), trip, 2));
        h.clearRecordedEvents();
        assertThat(h.confirm(NOW)).isFalse();
        assertThat(h.recordedEvents()).isEmpty();
    }

    @Test
    void aReleasedOrExpiredHoldCannotBeConfirmed() {
        SeatHold h = held(NOW.plusSeconds(600));
        h.release(HoldReleaseReason.PASSENGER_CANCELLED, NOW);
        IllegalTransition e = catchThrowableOfType(IllegalTransition.class, () -> h.confirm(NOW));
        assertThat(e.current()).isEqualTo("released");
        assertThat(e.allowed()).isEmpty();
    }

    @Test
    void releasingGivesBackHeldOrPaidSeatsOnce() {
        SeatHold paid = held(NOW.plusSeconds(600));
        paid.confirm(NOW);
        paid.clearRecordedEvents();
        assertThat(paid.release(HoldReleaseReason.TRIP_CANCELLED, NOW)).isTrue();
        assertThat(paid.getStatus()).isEqualTo(HoldStatus.RELEASED);
        assertThat(paid.getReleaseReason()).isEqualTo(HoldReleaseReason.TRIP_CANCELLED);
        assertThat(paid.recordedEvents()).containsExactly(
                new SeatHoldReleased(paid.getId(), trip, 2, HoldStatus.CONFIRMED, HoldReleaseReason.TRIP_CANCELLED));
        paid.clearRecordedEvents();
        assertThat(paid.release(HoldReleaseReason.RELEASED, NOW)).as("idempotent").isFalse();
        assertThat(paid.getReleaseReason()).isEqualTo(HoldReleaseReason.TRIP_CANCELLED);
        assertThat(paid.recordedEvents()).isEmpty();
    }

    @Test
    void anUnpaidHoldPastItsTimeExpiresAndIsAnnounced() {
        SeatHold h = held(NOW.minusSeconds(1));
        h.expire(NOW);
        assertThat(h.getStatus()).isEqualTo(HoldStatus.EXPIRED);
        assertThat(h.getReleaseReason()).isEqualTo(HoldReleaseReason.EXPIRED);
        assertThat(h.getReleasedAt()).isEqualTo(NOW);
        SeatHoldExpired event = (SeatHoldExpired) h.recordedEvents().getFirst();
        assertThat(event.type()).isEqualTo(TripEventType.SEAT_HOLD_EXPIRED);
        assertThat(event.aggregateId()).isEqualTo(trip);
        assertThat(event.payload()).isEqualTo(new TripEvents.SeatHoldExpired(h.getId(), booking, trip, 2));
        assertThat(h.release(HoldReleaseReason.RELEASED, NOW)).as("nothing left to give back").isFalse();
    }

    @Test
    void onlyAHeldHoldWhoseTimeIsUpExpires() {
        SeatHold early = held(NOW.plusSeconds(1));
        IllegalTransition notYet = catchThrowableOfType(IllegalTransition.class, () -> early.expire(NOW));
        assertThat(notYet.current()).isEqualTo("held");
        assertThat(early.getStatus()).isEqualTo(HoldStatus.HELD);

        SeatHold paid = held(NOW.minusSeconds(1));
        paid.confirm(NOW);
        IllegalTransition confirmed = catchThrowableOfType(IllegalTransition.class, () -> paid.expire(NOW));
        assertThat(confirmed.current()).isEqualTo("confirmed");
        assertThat(confirmed.allowed()).isEqualTo(List.of("released"));
    }
}
