package com.allocar.platform.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** How a filter value is parsed; a value that does not parse is a {@code validation_error}. */
public enum FieldType {
    STRING(s -> s),
    UUID_(UUID::fromString),
    INTEGER(Long::valueOf),
    DECIMAL(BigDecimal::new),
    BOOLEAN(s -> switch (s.toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("not a boolean");
    }),
    /** ISO-8601 instant, or a bare date meaning its start in UTC. */
    INSTANT(s -> s.length() == 10 ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC) : OffsetDateTime.parse(s).toInstant()),
    /** Lower-case enum constant; the enum class is checked by the spec that declares the field. */
    ENUM(s -> s.toUpperCase(Locale.ROOT));

    private final Function<String, Object> parser;

    FieldType(Function<String, Object> parser) {
        this.parser = parser;
    }

    Object parse(String raw) {
        return parser.apply(raw.trim());
    }

    static Instant instant(Object o) {
        return (Instant) o;
    }
}
