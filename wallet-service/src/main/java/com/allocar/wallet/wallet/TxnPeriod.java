package com.allocar.wallet.wallet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.allocar.platform.api.ApiException;

/**
 * The {@code period} of {@code GET /wallet/txns}: a month ({@code period=2026-11}), a day ({@code period=2026-11-05}),
 * or {@code from} / {@code to} dates (both inclusive, either may be open). Half-open instants [start, end) in the
 * platform's zone (Africa/Abidjan). A period and from/to together, an unparsable date or from after to → validation_error.
 */
public record TxnPeriod(Instant start, Instant end) {

    public static Optional<TxnPeriod> parse(String period, String from, String to, ZoneId zone) {
        if (period != null && (from != null || to != null)) {
            throw ApiException.validation("period", "use either period or from/to, not both");
        }
        if (period != null) {
            String p = period.trim();
            if (p.matches("\\d{4}-\\d{2}")) {
                YearMonth month = parse("period", () -> YearMonth.parse(p));
                return Optional.of(new TxnPeriod(month.atDay(1).atStartOfDay(zone).toInstant(),
                        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
            }
            if (p.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = parse("period", () -> LocalDate.parse(p));
                return Optional.of(new TxnPeriod(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()));
            }
            throw ApiException.validation("period", "must be a month (YYYY-MM) or a day (YYYY-MM-DD)");
        }
        if (from == null && to == null) {
            return Optional.empty();
        }
        LocalDate f = from == null ? null : date("from", from);
        LocalDate t = to == null ? null : date("to", to);
        if (f != null && t != null && f.isAfter(t)) {
            throw ApiException.validation("from", "must not be after to");
        }
        return Optional.of(new TxnPeriod(f == null ? null : f.atStartOfDay(zone).toInstant(),
                t == null ? null : t.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static LocalDate date(String field, String raw) {
        if (!raw.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw ApiException.validation(field, "must be a date (YYYY-MM-DD)");
        }
        return parse(field, () -> LocalDate.parse(raw.trim()));
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DateTimeParseException e) {
            throw ApiException.validation(field, "is not a valid date");
        }
    }
}
