package com.allocar.notification.feed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app feed rows. */
@Repository
public class FeedItems {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    FeedItems(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Adds a batch's lines in one round trip (each once per event, member and template). */
    public void addAll(List<Map.Entry<FeedItem, UUID>> items) {
        if (items.isEmpty()) {
            return;
        }
        batch.batchUpdate(INSERT, items.stream().map(e -> params(e.getKey(), e.getValue())).toList());
    }

    private static final String INSERT = """
            INSERT INTO feed_items (id, user_id, template, category, title, body, data, event_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?) ON CONFLICT (event_id, user_id, template) DO NOTHING""";

    private static Object[] params(FeedItem item, UUID eventId) {
        return new Object[] {item.id(), item.userId(), item.template(), item.category(), item.title(), item.body(), item.data(), eventId,
                Timestamp.from(item.createdAt())};
    }

    public List<FeedItem> page(UUID user, boolean unreadOnly, int offset, int limit) {
        return jdbc.sql("SELECT id, user_id, template, category, title, body, data::text, created_at, read_at FROM feed_items WHERE user_id = ?"
                        + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY created_at DESC, id DESC OFFSET ? LIMIT ?")
                .params(user, offset, limit)
                .query((rs, i) -> new FeedItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .list();
    }

    public long count(UUID user, boolean unreadOnly) {
        return jdbc.sql("SELECT count(*) FROM feed_items WHERE user_id = ?" + (unreadOnly ? " AND read_at IS NULL" : ""))
                .param(user).query(Long.class).single();
    }

    /** Of {@code ids}, those that are not this member's. */
    List<UUID> notOwned(UUID user, List<UUID> ids) {
        List<UUID> owned = jdbc.sql("SELECT id FROM feed_items WHERE user_id = ? AND id = ANY(?)")
                .params(user, ids.toArray(UUID[]::new)).query(UUID.class).list();
        return ids.stream().filter(id -> !owned.contains(id)).distinct().toList();
    }

    int markRead(UUID user, List<UUID> ids, Instant at) {
        return jdbc.sql("UPDATE feed_items SET read_at = ? WHERE user_id = ? AND id = ANY(?) AND read_at IS NULL")
                .params(Timestamp.from(at), user, ids.toArray(UUID[]::new)).update();
    }

    int markAllRead(UUID user, Instant at) {
        return jdbc.sql("UPDATE feed_items SET read_at = ? WHERE user_id = ? AND read_at IS NULL").params(Timestamp.from(at), user).update();
    }
}
