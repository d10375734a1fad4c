package com.allocar.admin.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.query.Period;

/**
 * The spec's {@code ?period=} of a report: a month ({@code 2026-12}), a day ({@code 2026-12-04}) or days
 * ({@code 2026-12-01..2026-12-15}, both included), in UTC — Abidjan's time all year. At most 366 days: a longer
 * report is a series of these.
 */
public record ReportPeriod(LocalDate first, LocalDate last) {

    public static final int MAX_DAYS = 366;

    public static ReportPeriod parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("required: a month (2026-12), a day (2026-12-04) or days (2026-12-01..2026-12-15)");
        }
        String s = raw.trim();
        try {
            ReportPeriod p;
            if (s.contains("..")) {
                String[] ends = s.split("\\.\\.", -1);
                if (ends.length != 2) {
                    throw invalid("days are written first..last (2026-12-01..2026-12-15)");
                }
                p = new ReportPeriod(LocalDate.parse(ends[0]), LocalDate.parse(ends[1]));
            } else if (s.length() == 7) {
                YearMonth m = YearMonth.parse(s);
                p = new ReportPeriod(m.atDay(1), m.atEndOfMonth());
            } else {
                LocalDate d = LocalDate.parse(s);
                p = new ReportPeriod(d, d);
            }
            if (p.last.isBefore(p.first)) {
                throw invalid("the last day comes before the first");
            }
            if (p.days() > MAX_DAYS) {
                throw invalid("at most " + MAX_DAYS + " days");
            }
            return p;
        } catch (DateTimeParseException e) {
            throw invalid("a month (2026-12), a day (2026-12-04) or days (2026-12-01..2026-12-15)");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Start included, end excluded. */
    public Period instants() {
        return new Period(first.atStartOfDay().toInstant(ZoneOffset.UTC), last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public String label() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }

    private static ApiException invalid(String message) {
        return new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid report period",
                Map.of("fields", List.of(Map.of("field", "period", "message", message))));
    }
}
