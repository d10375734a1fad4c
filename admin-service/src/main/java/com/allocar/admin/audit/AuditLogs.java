package com.allocar.admin.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.audit.AuditEntry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code audit_logs} table: rows are added, never changed (the database refuses it), and searched. */
@Repository
public class AuditLogs {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLogs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Adds the entries; one already kept (same audit id, an event redelivered) is not added twice. */
    @Transactional
    public void add(List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            jdbc.sql("""
                    INSERT INTO audit_logs (id, actor_type, actor_id, action, entity, entity_id, meta, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?) ON CONFLICT (id) DO NOTHING""")
                    .params(e.auditId(), e.actorType(), e.actorId(), e.action(), e.entity(), e.entityId(),
                            json.writeValueAsString(e.meta()), Timestamp.from(e.occurredAt()))
                    .update();
        }
    }

    /** A staff member's own action here (a sign-in, a download, a payout run), in the current transaction if any. */
    public void staffAction(UUID staffId, String action, String entity, Object entityId, Map<String, Object> meta) {
        add(List.of(AuditEntry.of(AuditEntry.Actor.ADMIN, staffId, action, entity, entityId, meta, Instant.now())));
    }

    /** What a search may narrow by; null = any. {@code to} is exclusive. */
    public record Search(UUID actor, String actorType, String entity, String entityId, String action, Instant from, Instant to) {
    }

    public record Found(List<AuditEntry> entries, long total) {
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Found search(Search s, int offset, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        condition(where, params, "actor_id = ?", s.actor());
        condition(where, params, "actor_type = ?", s.actorType());
        condition(where, params, "entity = ?", s.entity());
        condition(where, params, "entity_id = ?", s.entityId());
        condition(where, params, "action = ?", s.action());
        condition(where, params, "created_at >= ?", s.from() == null ? null : Timestamp.from(s.from()));
        condition(where, params, "created_at < ?", s.to() == null ? null : Timestamp.from(s.to()));
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM audit_logs" + filter).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(limit);
        paged.add(offset);
        List<AuditEntry> rows = jdbc.sql("SELECT id, actor_type, actor_id, action, entity, entity_id, meta::text AS meta, created_at FROM audit_logs"
                        + filter + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(paged)
                .query((rs, n) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getString("actor_type"), rs.getObject("actor_id", UUID.class),
                        rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                        json.readValue(rs.getString("meta"), new TypeReference<Map<String, Object>>() { }),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new Found(rows, total);
    }

    private static void condition(List<String> where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.add(sql);
            params.add(value);
        }
    }
}
