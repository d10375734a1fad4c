package com.allocar.admin.settings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.allocar.admin.api.AdminEvents.PlatformSettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code settings_versions}: every version ever in force, the highest one now. Rows are added, never changed. */
@Repository
public class SettingsVersions {

    public record Version(long version, PlatformSettings settings, UUID changedBy, String reason, Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SettingsVersions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Version current() {
        return jdbc.sql("SELECT version, settings::text AS settings, changed_by, reason, changed_at FROM settings_versions ORDER BY version DESC LIMIT 1")
                .query((rs, n) -> new Version(rs.getLong("version"), json.readValue(rs.getString("settings"), PlatformSettings.class),
                        rs.getObject("changed_by", UUID.class), rs.getString("reason"), rs.getTimestamp("changed_at").toInstant()))
                .single();
    }

    /** Adds {@code version}; a version someone else added first fails on the primary key (DuplicateKeyException). */
    public void add(Version v) {
        jdbc.sql("INSERT INTO settings_versions (version, settings, changed_by, reason, changed_at) VALUES (?, CAST(? AS jsonb), ?, ?, ?)")
                .params(v.version(), json.writeValueAsString(v.settings()), v.changedBy(), v.reason(), Timestamp.from(v.changedAt()))
                .update();
    }
}
