package com.allocar.trip.ride;

import java.util.List;

import com.allocar.platform.lifecycle.IllegalTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TripStatusTest {

    @ParameterizedTest
    @CsvSource({
            "DRAFT, PUBLISHED, true", "DRAFT, CANCELLED, true", "DRAFT, ONGOING, false", "DRAFT, COMPLETED, false",
            "PUBLISHED, ONGOING, true", "PUBLISHED, CANCELLED, true", "PUBLISHED, DRAFT, false", "PUBLISHED, COMPLETED, false",
            "ONGOING, COMPLETED, true", "ONGOING, CANCELLED, false", "ONGOING, PUBLISHED, false",
            "COMPLETED, CANCELLED, false", "COMPLETED, ONGOING, false", "CANCELLED, PUBLISHED, false", "CANCELLED, DRAFT, false"})
    void transitions(TripStatus from, TripStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @Test
    void anIllegalMoveIsARefusalNamingCurrentAndAllowedStates() {
        IllegalTransition e = catchThrowableOfType(IllegalTransition.class, () -> TripStatus.ONGOING.moveTo(TripStatus.CANCELLED));
        assertThat(e.getMessage()).isEqualTo("Trip is ongoing and cannot become cancelled");
        assertThat(e.current()).isEqualTo("ongoing");
        assertThat(e.allowed()).isEqualTo(List.of("completed"));
        IllegalTransition none = catchThrowableOfType(IllegalTransition.class, () -> TripStatus.CANCELLED.moveTo(TripStatus.PUBLISHED));
        assertThat(none.allowed()).isEqualTo(List.of());
        assertThat(TripStatus.DRAFT.moveTo(TripStatus.PUBLISHED)).isEqualTo(TripStatus.PUBLISHED);
        assertThat(TripStatus.DRAFT.next()).containsExactlyInAnyOrder(TripStatus.PUBLISHED, TripStatus.CANCELLED);
    }

    @Test
    void onlyTripsThatHaveNotLeftAreEditableOrDeletable() {
        assertThat(TripStatus.DRAFT.editable()).isTrue();
        assertThat(TripStatus.PUBLISHED.editable()).isTrue();
        for (TripStatus s : List.of(TripStatus.ONGOING, TripStatus.COMPLETED, TripStatus.CANCELLED)) {
            assertThat(s.editable()).isFalse();
            IllegalTransition e = catchThrowableOfType(IllegalTransition.class, s::checkDeletable);
            assertThat(e.current()).isEqualTo(s.wire());
            assertThat(e.allowed()).isEqualTo(List.of("draft", "published"));
            assertThat(e.getMessage()).isEqualTo("Trip is " + s.wire() + " and cannot be deleted");
            IllegalTransition edit = catchThrowableOfType(IllegalTransition.class, s::checkEditable);
            assertThat(edit.allowed()).isEqualTo(List.of("draft", "published"));
            assertThat(edit.getMessage()).isEqualTo("Trip is " + s.wire() + " and can no longer be changed");
        }
    }

    @Test
    void askingForTheStateItIsInIsARepeat() {
        assertThat(TripStatus.ONGOING.isRepeat(TripStatus.ONGOING)).isTrue();
        assertThat(TripStatus.PUBLISHED.isRepeat(TripStatus.ONGOING)).isFalse();
    }
}
