package com.allocar.wallet.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.events.RecordedEvents;
import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only {@code wallet_txns} table: an entry is inserted once, and later only its status moves (pending →
 * settled | cancelled, which the database trigger enforces too). Storing an entry hands its recorded events to the
 * event writer, in the same transaction.
 */
@Repository
class EntryRepository {

    private static final String COLUMNS = """
            t.id, t.wallet_id, w.user_id, t.type, t.amount, t.currency, t.source, t.status, t.ref_type, t.ref_id,
            t.description, t.balance_after, t.created_at, t.status_changed_at""";

    private final JdbcClient jdbc;
    private final RecordedEvents recorded;

    EntryRepository(JdbcClient jdbc, RecordedEvents recorded) {
        this.jdbc = jdbc;
        this.recorded = recorded;
    }

    Optional<Entry> find(UUID entryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallet_txns t JOIN wallets w ON w.id = t.wallet_id WHERE t.id = ?")
                .param(entryId).query(EntryRepository::entry).optional();
    }

    List<Entry> about(UUID userId, Source source, String refType, String refId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM wallet_txns t JOIN wallets w ON w.id = t.wallet_id
                WHERE w.user_id = ? AND t.source = ? AND t.ref_type = ? AND t.ref_id = ? ORDER BY t.created_at""")
                .params(userId, source.wire(), refType, refId).query(EntryRepository::entry).list();
    }

    /**
     * Every wallet's entries of a period in a stable order (created_at, id), a page at a time after the entry
     * {@code after} (a keyset: a new entry never shifts what was already read).
     */
    List<Entry> inOrder(Instant from, Instant to, UUID after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM wallet_txns t JOIN wallets w ON w.id = t.wallet_id
                WHERE (CAST(:from AS timestamptz) IS NULL OR t.created_at >= :from)
                  AND (CAST(:to AS timestamptz) IS NULL OR t.created_at < :to)
                  AND (CAST(:after AS uuid) IS NULL
                       OR (t.created_at, t.id) > (SELECT a.created_at, a.id FROM wallet_txns a WHERE a.id = :after))
                ORDER BY t.created_at, t.id LIMIT :limit""")
                .param("from", timestamp(from)).param("to", timestamp(to)).param("after", after).param("limit", limit)
                .query(EntryRepository::entry).list();
    }

    /** Inserts a new entry (the caller holds its wallet's lock and checked the id is free). */
    void append(Entry e) {
        Timestamp created = jdbc.sql("""
                INSERT INTO wallet_txns (id, wallet_id, type, amount, currency, source, status, ref_type, ref_id, description,
                                         balance_after, status_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING created_at""")
                .params(e.id(), e.walletId(), e.direction().wire(), e.amount(), e.currency(), e.source().wire(), e.status().wire(),
                        e.refType(), e.refId(), e.description(), e.balanceAfter(), timestamp(e.statusChangedAt()))
                .query(Timestamp.class).single();
        e.stored(created.toInstant());
        recorded.publish(e);
    }

    /** Stores the status an entry moved to; only a pending row may move (the trigger refuses anything else). */
    void save(Entry e) {
        int moved = jdbc.sql("UPDATE wallet_txns SET status = ?, status_changed_at = ? WHERE id = ? AND status = ?")
                .params(e.status().wire(), timestamp(e.statusChangedAt()), e.id(), EntryStatus.PENDING.wire()).update();
        if (moved != 1) {
            throw new IllegalStateException("entry " + e.id() + " was not pending any more");
        }
        recorded.publish(e);
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Timestamp changed = rs.getTimestamp("status_changed_at");
        return new Entry(new Entry.Stored(rs.getObject("id", UUID.class), rs.getObject("wallet_id", UUID.class),
                rs.getObject("user_id", UUID.class), Direction.fromWire(rs.getString("type")), rs.getBigDecimal("amount"),
                rs.getString("currency"), Source.fromWire(rs.getString("source")), EntryStatus.fromWire(rs.getString("status")),
                rs.getString("ref_type"), rs.getString("ref_id"), rs.getString("description"), rs.getBigDecimal("balance_after"),
                rs.getTimestamp("created_at").toInstant(), changed == null ? null : changed.toInstant()));
    }
}
