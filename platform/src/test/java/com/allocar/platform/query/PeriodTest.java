package com.allocar.platform.query;

import java.time.Instant;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @Test
    void datesAreWholeUtcDaysBothIncluded() {
        Period p = Period.parse("2026-12-01", "2026-12-03", "date_from", "date_to");
        assertThat(p.from()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(p.to()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        Period oneDay = Period.parse("2026-12-03", "2026-12-03", "date_from", "date_to");
        assertThat(oneDay.to()).isAfter(oneDay.from());
    }

    @Test
    void instantsKeepTheirOffsetTheEndExcluded() {
        Period p = Period.parse("2026-12-03T08:00:00+02:00", "2026-12-03T10:00:00Z", "from", "to");
        assertThat(p.from()).isEqualTo(Instant.parse("2026-12-03T06:00:00Z"));
        assertThat(p.to()).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
        assertThat(Period.parse(null, null, "from", "to")).isEqualTo(new Period(null, null));
    }

    @Test
    void aBoundThatDoesNotParseOrAPeriodBackwardsIsAValidationError() {
        assertThatThrownBy(() -> Period.parse("yesterday", null, "created_from", "created_to"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details().toString()).contains("created_from");
                });
        assertThatThrownBy(() -> Period.parse("2026-12-03", "2026-12-01", "date_from", "date_to"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details().toString()).contains("must come after date_from"));
        assertThatThrownBy(() -> Period.parse("2026-12-03T10:00:00Z", "2026-12-03T10:00:00Z", "a", "b")).isInstanceOf(ApiException.class);
    }
}
