package com.allocar.platform.idempotency;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stored answers of POSTs sent with an {@code Idempotency-Key}, per (scope, key). A row is
 * {@code processing} while the first request runs, then holds the answer to replay. Rows live 24 h.
 */
public class IdempotencyStore {

    public static final Duration TTL = Duration.ofHours(24);

    public record Stored(String requestHash, boolean completed, int status, String contentType, byte[] body) {
    }

    private final JdbcClient jdbc;

    public IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this call claimed the key; false when a row (live or not yet purged) already exists. */
    public boolean claim(String scope, String key, String requestHash) {
        // An expired row no longer protects anything: drop it so the key can be claimed again.
        jdbc.sql("DELETE FROM idempotency_keys WHERE scope = ? AND idem_key = ? AND created_at < now() - make_interval(secs => ?)")
                .params(scope, key, TTL.toSeconds()).update();
        return jdbc.sql("""
                INSERT INTO idempotency_keys (scope, idem_key, request_hash, status, created_at)
                VALUES (?, ?, ?, 'processing', now()) ON CONFLICT DO NOTHING""")
                .params(scope, key, requestHash).update() == 1;
    }

    public Optional<Stored> find(String scope, String key) {
        return jdbc.sql("""
                SELECT request_hash, status, response_status, content_type, response_body
                FROM idempotency_keys WHERE scope = ? AND idem_key = ?""")
                .params(scope, key)
                .query((rs, n) -> new Stored(rs.getString(1), "completed".equals(rs.getString(2)), rs.getInt(3),
                        rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    public void complete(String scope, String key, int status, String contentType, byte[] body) {
        jdbc.sql("""
                UPDATE idempotency_keys SET status = 'completed', response_status = ?, content_type = ?, response_body = ?
                WHERE scope = ? AND idem_key = ?""")
                .params(status, contentType, body, scope, key).update();
    }

    public void release(String scope, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE scope = ? AND idem_key = ?").params(scope, key).update();
    }

    public int purgeExpired() {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => ?)")
                .param(TTL.toSeconds()).update();
    }
}
