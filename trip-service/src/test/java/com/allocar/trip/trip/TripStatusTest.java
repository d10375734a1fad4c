package com.allocar.trip.trip;

import java.util.List;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
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
    void anIllegalMoveIsAConflictNamingCurrentAndAllowedStates() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> TripStatus.ONGOING.moveTo(TripStatus.CANCELLED));
        assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(e.details()).containsEntry("current", "ongoing").containsEntry("allowed", List.of("completed"));
        ApiException none = catchThrowableOfType(ApiException.class, () -> TripStatus.CANCELLED.moveTo(TripStatus.PUBLISHED));
        assertThat(none.details()).containsEntry("allowed", List.of());
        assertThat(TripStatus.DRAFT.moveTo(TripStatus.PUBLISHED)).isEqualTo(TripStatus.PUBLISHED);
    }

    @Test
    void onlyTripsThatHaveNotLeftAreEditableOrDeletable() {
        assertThat(TripStatus.DRAFT.editable()).isTrue();
        assertThat(TripStatus.PUBLISHED.editable()).isTrue();
        for (TripStatus s : List.of(TripStatus.ONGOING, TripStatus.COMPLETED, TripStatus.CANCELLED)) {
            assertThat(s.editable()).isFalse();
            ApiException e = catchThrowableOfType(ApiException.class, s::checkDeletable);
            assertThat(e.details()).containsEntry("current", s.wire()).containsEntry("allowed", List.of("draft", "published"));
        }
    }
}
