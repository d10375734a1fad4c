package com.allocar.platform.settings;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings version in force in this service, read from its database on each use (every instance sees a change at
 * once, whichever consumed the event). A field the version lacks — or no version yet — is the caller's default.
 */
public class PlatformSettings {

    /** The version in force (0 = none heard yet) and its fields, snake_case as admin-service publishes them. */
    public record InForce(long version, JsonNode settings) {

        public BigDecimal decimal(String field, BigDecimal fallback) {
            JsonNode v = settings.path(field);
            return v.isNumber() ? v.decimalValue() : fallback;
        }

        public boolean flag(String field, boolean fallback) {
            JsonNode v = settings.path(field);
            return v.isBoolean() ? v.booleanValue() : fallback;
        }

        /** A whole number: hours, a count. */
        public int integer(String field, int fallback) {
            JsonNode v = settings.path(field);
            return v.isIntegralNumber() ? v.intValue() : fallback;
        }

        /** An object of strings (e.g. {@code templates}); a value that is not a string is left out. */
        public java.util.Map<String, String> strings(String field) {
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            settings.path(field).properties().forEach(e -> {
                if (e.getValue().isString()) {
                    out.put(e.getKey(), e.getValue().asString());
                }
            });
            return out;
        }

        public Optional<String> text(String parent, String field) {
            JsonNode v = settings.path(parent).path(field);
            return v.isString() ? Optional.of(v.asString()) : Optional.empty();
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PlatformSettings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public InForce current() {
        return jdbc.sql("SELECT version, settings::text FROM platform_settings WHERE id = 1")
                .query((rs, n) -> new InForce(rs.getLong(1), json.readTree(rs.getString(2))))
                .optional()
                .orElseGet(() -> new InForce(0, json.createObjectNode()));
    }

    /** Keeps {@code version} unless a higher one is in force already (events may come late). @return true if kept */
    public boolean apply(long version, JsonNode settings) {
        return jdbc.sql("""
                INSERT INTO platform_settings (id, version, settings) VALUES (1, ?, CAST(? AS jsonb))
                ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, settings = EXCLUDED.settings, applied_at = now()
                WHERE platform_settings.version < EXCLUDED.version""")
                .params(version, json.writeValueAsString(settings))
                .update() == 1;
    }
}
