package com.allocar.notification.preference;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members' stored choices per category (a category without a row has its default). */
@Repository
public class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<NotificationCategory, Boolean> chosen(UUID user) {
        Map<NotificationCategory, Boolean> m = new EnumMap<>(NotificationCategory.class);
        jdbc.sql("SELECT category, enabled FROM preferences WHERE user_id = ?").param(user)
                .query((rs, i) -> {
                    NotificationCategory.fromWire(rs.getString(1)).ifPresent(c -> {
                        try {
                            m.put(c, rs.getBoolean(2));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    return null;
                }).list();
        return m;
    }

    /** The choices of many members at once (a batch of events): members without a row are absent. */
    public Map<UUID, Map<NotificationCategory, Boolean>> chosen(java.util.Collection<UUID> users) {
        Map<UUID, Map<NotificationCategory, Boolean>> all = new java.util.HashMap<>();
        jdbc.sql("SELECT user_id, category, enabled FROM preferences WHERE user_id = ANY(?)").param(users.toArray(UUID[]::new))
                .query((rs, i) -> {
                    UUID user = rs.getObject(1, UUID.class);
                    boolean enabled = rs.getBoolean(3);
                    NotificationCategory.fromWire(rs.getString(2))
                            .ifPresent(c -> all.computeIfAbsent(user, u -> new EnumMap<>(NotificationCategory.class)).put(c, enabled));
                    return null;
                }).list();
        return all;
    }

    public boolean allows(UUID user, NotificationCategory category) {
        return PreferenceChoice.enabled(category, chosen(user));
    }

    void choose(UUID user, NotificationCategory category, boolean enabled, Instant now) {
        jdbc.sql("""
                INSERT INTO preferences (user_id, category, enabled, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id, category) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at""")
                .params(user, category.wire(), enabled, java.sql.Timestamp.from(now)).update();
    }
}
