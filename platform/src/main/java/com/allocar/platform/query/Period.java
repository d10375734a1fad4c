package com.allocar.platform.query;

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
 * A period asked for in a query, as two parameters (e.g. {@code date_from} / {@code date_to}): dates are UTC days, both
 * included; instants carry their offset, the start included and the end excluded. Either may be absent; a period that
 * ends before it starts, or a bound that does not parse, is a {@code validation_error} naming the parameter.
 */
public record Period(Instant from, Instant to) {

    public static Period parse(String rawFrom, String rawTo, String fromName, String toName) {
        List<Map<String, Object>> errors = new ArrayList<>();
        Instant from = bound(rawFrom, fromName, false, errors);
        Instant to = bound(rawTo, toName, true, errors);
        if (errors.isEmpty() && from != null && to != null && !to.isAfter(from)) {
            errors.add(Map.of("field", toName, "message", "must come after " + fromName));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid query parameters", Map.of("fields", errors));
        }
        return new Period(from, to);
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
