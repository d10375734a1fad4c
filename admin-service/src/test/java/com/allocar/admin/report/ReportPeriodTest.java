package com.allocar.admin.report;

import java.time.LocalDate;

import com.allocar.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

    @Test
    void aMonthADayOrDaysBothIncluded() {
        var month = ReportPeriod.parse("2026-02");
        assertThat(month.first()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(month.last()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(month.days()).isEqualTo(28);
        assertThat(ReportPeriod.parse(" 2026-12-04 ").days()).isEqualTo(1);
        var days = ReportPeriod.parse("2026-12-01..2026-12-15");
        assertThat(days.days()).isEqualTo(15);
        assertThat(days.label()).isEqualTo("2026-12-01..2026-12-15");
        assertThat(days.instants().from()).hasToString("2026-12-01T00:00:00Z");
        assertThat(days.instants().to()).hasToString("2026-12-16T00:00:00Z");
        assertThat(ReportPeriod.parse("2028-01-01..2028-12-31").days()).isEqualTo(366);
    }

    @Test
    void anythingElseIsAValidationErrorOnPeriod() {
        for (String bad : new String[] {null, "", "december", "2026-13", "2026-12-32", "2026-12-15..2026-12-01", "2026-12-01..",
                "2026-12-01..2026-12-02..2026-12-03", "2026-01-01..2027-01-02", "2026-W49"}) {
            assertThatThrownBy(() -> ReportPeriod.parse(bad)).as(String.valueOf(bad)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.code().code()).isEqualTo("validation_error");
                assertThat(e.details().toString()).contains("period");
            });
        }
    }
}
