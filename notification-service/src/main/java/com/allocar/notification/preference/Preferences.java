package com.allocar.notification.preference;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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
        return chosen(List.of(user)).getOrDefault(user, new EnumMap<>(NotificationCategory.class));
    }

    /** The choices of many members at once (a batch of events): members without a row are absent. */
    public Map<UUID, Map<NotificationCategory, Boolean>> chosen(Collection<UUID> users) {
        Map<UUID, Map<NotificationCategory, Boolean>> all = new HashMap<>();
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

    void choose(UUID user, NotificationCategory category, boolean enabled, Instant now) {
        jdbc.sql("""
                INSERT INTO preferences (user_id, category, enabled, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id, category) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at""")
                .params(user, category.wire(), enabled, java.sql.Timestamp.from(now)).update();
    }
}
