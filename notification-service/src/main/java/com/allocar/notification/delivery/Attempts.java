package com.allocar.notification.delivery;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.allocar.notification.routing.Channel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attempt log ({@code notifications}): one row per event, member, template and channel. */
@Repository
class Attempts {

    /** While an attempt is being sent, nobody else claims it (a crash mid-send makes it due again after this). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final String INSERT = """
            INSERT INTO notifications (id, event_id, user_id, template, channel, status, address, subject, text_body, html_body, data,
                provider_id, error, attempts, next_attempt_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, 0, CASE WHEN ? THEN now() END, ?, ?)
            ON CONFLICT (event_id, user_id, template, channel) DO NOTHING""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Attempts(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One attempt to log. @param data a push's JSON data; null for the other channels */
    record Row(UUID id, UUID eventId, UUID user, String template, Channel channel, AttemptStatus status, String address, String subject,
               String text, String html, String data, String providerId, String error, Instant now) {

        Object[] params() {
            return new Object[] {id, eventId, user, template, channel.wire(), status.wire(), address, subject, text, html, data, providerId,
                    error, status == AttemptStatus.PENDING, Timestamp.from(now), Timestamp.from(now)};
        }
    }

    /**
     * A batch's rows in one round trip. A pending row is due at the database's {@code now()} (the transaction's start:
     * before its commit), so the after-commit claim, compared with the database clock too, always finds it due.
     * @return per row, whether it is new (a second delivery of the same event finds it there)
     */
    boolean[] insertAll(List<Row> rows) {
        int[] counts = batch.batchUpdate(INSERT, rows.stream().map(Row::params).toList());
        boolean[] inserted = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            inserted[i] = counts[i] == 1;
        }
        return inserted;
    }

    /** Takes a due attempt for sending (atomic: two instances, or the job and the after-commit send, never both). */
    Optional<Attempt> claim(UUID id) {
        return jdbc.sql("""
                UPDATE notifications SET next_attempt_at = now() + make_interval(secs => ?), updated_at = now()
                WHERE id = ? AND status IN ('pending', 'failed') AND next_attempt_at <= now()
                RETURNING id, user_id, template, channel, address, subject, text_body, html_body, data::text, attempts""")
                .params(LEASE.toSeconds(), id)
                .query((rs, i) -> new Attempt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        Channel.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getInt(10)))
                .optional();
    }

    List<UUID> due(int limit) {
        return jdbc.sql("SELECT id FROM notifications WHERE status IN ('pending', 'failed') AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT ?")
                .param(limit).query(UUID.class).list();
    }

    void sent(UUID id, String providerId) {
        jdbc.sql("""
                UPDATE notifications SET status = 'sent', provider_id = ?, error = NULL, attempts = attempts + 1, next_attempt_at = NULL,
                    updated_at = now() WHERE id = ?""").params(providerId, id).update();
    }

    /** What a push reached so far (its message names), while some of the member's devices are still to be tried. */
    void reached(UUID id, String providerId) {
        jdbc.sql("UPDATE notifications SET provider_id = ?, updated_at = now() WHERE id = ?").params(providerId, id).update();
    }

    /** @param next when to try again; null = given up */
    void failed(UUID id, String error, Instant next) {
        jdbc.sql("""
                UPDATE notifications SET status = 'failed', error = ?, attempts = attempts + 1, next_attempt_at = ?, updated_at = now()
                WHERE id = ?""").params(error.length() > 500 ? error.substring(0, 500) : error, next == null ? null : Timestamp.from(next), id)
                .update();
    }
}
