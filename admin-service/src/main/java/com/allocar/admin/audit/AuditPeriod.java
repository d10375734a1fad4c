package com.allocar.admin.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

/**
 * The period of an audit search: {@code date_from} and {@code date_to} are dates (UTC days, both included) or instants
 * ({@code date_from} included, {@code date_to} excluded); either may be absent; a period that ends before it starts is a
 * {@code validation_error}.
 */
public record AuditPeriod(Instant from, Instant to) {

    public static AuditPeriod parse(String dateFrom, String dateTo) {
        List<Map<String, Object>> errors = new ArrayList<>();
        Instant from = bound(dateFrom, "date_from", false, errors);
        Instant to = bound(dateTo, "date_to", true, errors);
        if (errors.isEmpty() && from != null && to != null && !to.isAfter(from)) {
            errors.add(Map.of("field", "date_to", "message", "must come after date_from"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid query parameters", Map.of("fields", errors));
        }
        return new AuditPeriod(from, to);
    }

    private static Instant bound(String raw, String field, boolean end, List<Map<String, Object>> errors) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        try {
            if (s.length() == 10) {
                LocalDate day = LocalDate.parse(s);
                return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(Map.of("field", field, "message", "a date (2026-12-03) or an instant with its offset (2026-12-03T08:00:00Z)"));
            return null;
        }
    }
}
