package com.allocar.wallet.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.events.Outbox;
import com.allocar.wallet.api.WalletEvents;
import com.allocar.wallet.config.WalletProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of wallets and wallet_txns. Every write locks its wallet row first ({@code SELECT … FOR UPDATE}),
 * then checks, appends the entry and moves the wallet's cached holdings in the same transaction: two debits of
 * one wallet are serialised, so they can never overdraw it together; and a retried entry id finds the first one.
 */
@Service
public class Ledger {

    private static final String ENTRY_COLUMNS = """
            t.id, t.wallet_id, w.user_id, t.type, t.amount, t.currency, t.source, t.status, t.ref_type, t.ref_id,
            t.description, t.balance_after, t.created_at, t.status_changed_at""";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final WalletProperties props;

    Ledger(JdbcClient jdbc, Outbox outbox, WalletProperties props) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.props = props;
    }

    /** The outcome of a write: the entry (new, or the one already written under that id) and the wallet after it. */
    public record Written(Entry entry, WalletBalance wallet, boolean created) {
    }

    public UUID platformUserId() {
        return props.platformUserId();
    }

    /** The user's wallet, created on first use. */
    @Transactional
    public WalletBalance open(UUID userId) {
        ensure(userId);
        return find(userId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<WalletBalance> find(UUID userId) {
        return jdbc.sql("SELECT * FROM wallets WHERE user_id = ?").param(userId).query(Ledger::wallet).optional();
    }

    /** Locks the wallets of {@code userIds} (created if need be) in one global order, so two multi-wallet writes never deadlock. */
    @Transactional
    public void lock(Collection<UUID> userIds) {
        userIds.stream().distinct().sorted().forEach(this::lockWallet);
    }

    /**
     * Appends {@code e} to the user's ledger, exactly once per entry id: the same id again returns the stored entry
     * ({@code created=false}); the same id for another movement is a {@code conflict}.
     *
     * @throws OverdraftRule.InsufficientFunds when a debit does not fit (see {@link OverdraftRule})
     */
    @Transactional
    public Written write(UUID userId, NewEntry e) {
        WalletBalance wallet = lockWallet(userId);
        Optional<Entry> existing = entry(e.entryId());
        if (existing.isPresent()) {
            if (!existing.get().sameMovement(userId, e)) {
                throw ApiException.conflict("entry_id already used for another movement", Map.of("entry_id", e.entryId().toString()));
            }
            return new Written(existing.get(), wallet, false);
        }
        OverdraftRule.check(e.direction(), e.amount(), e.source(), userId.equals(props.platformUserId()), wallet.holdings());
        Holdings after = wallet.holdings().with(e.direction(), e.amount(), e.status());
        jdbc.sql("""
                INSERT INTO wallet_txns (id, wallet_id, type, amount, currency, source, status, ref_type, ref_id, description,
                                         balance_after, status_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.entryId(), wallet.walletId(), e.direction().wire(), e.amount(), wallet.currency(), e.source().wire(),
                        e.status().wire(), e.refType(), e.refId(), e.description(), after.balance(),
                        e.status() == EntryStatus.SETTLED ? Timestamp.from(Instant.now()) : null)
                .update();
        WalletBalance updated = store(wallet, after);
        Entry entry = entry(e.entryId()).orElseThrow();
        publishWritten(entry, updated);
        if (entry.status() == EntryStatus.PENDING) {
            // an outcome (payout.completed|failed) that overtook this entry is applied now
            Optional<String> early = jdbc.sql("DELETE FROM early_outcomes WHERE entry_id = ? RETURNING status")
                    .param(e.entryId()).query(String.class).optional();
            if (early.isPresent()) {
                return resolve(e.entryId(), EntryStatus.fromWire(early.get()));
            }
        }
        return new Written(entry, updated, true);
    }

    /** pending → settled: a pending credit becomes spendable, a reserved debit leaves for good. Idempotent. */
    @Transactional
    public Written settle(UUID entryId) {
        return resolve(entryId, EntryStatus.SETTLED);
    }

    /** pending → cancelled: a pending credit never comes, a reserved debit goes back to available. Idempotent. */
    @Transactional
    public Written cancel(UUID entryId) {
        return resolve(entryId, EntryStatus.CANCELLED);
    }

    /** Like settle/cancel for an outcome that may arrive before its entry: remembered until the entry is written. */
    @Transactional
    public Optional<Written> resolveOrRemember(UUID entryId, EntryStatus target) {
        if (entry(entryId).isEmpty()) {
            jdbc.sql("INSERT INTO early_outcomes (entry_id, status) VALUES (?, ?) ON CONFLICT DO NOTHING").params(entryId, target.wire()).update();
            return Optional.empty();
        }
        return Optional.of(resolve(entryId, target));
    }

    private Written resolve(UUID entryId, EntryStatus target) {
        Entry current = entry(entryId).orElseThrow(() -> ApiException.notFound("wallet entry", entryId));
        WalletBalance wallet = lockWallet(current.userId());
        current = entry(entryId).orElseThrow(); // re-read under the lock: a concurrent settle may have won
        if (!current.status().moveTo(target)) {
            return new Written(current, wallet, false);
        }
        Holdings after = wallet.holdings().resolving(current.direction(), current.amount(), target);
        jdbc.sql("UPDATE wallet_txns SET status = ?, status_changed_at = now() WHERE id = ? AND status = 'pending'")
                .params(target.wire(), entryId).update();
        WalletBalance updated = store(wallet, after);
        Entry entry = entry(entryId).orElseThrow();
        publishStatus(entry, updated);
        return new Written(entry, updated, true);
    }

    @Transactional(readOnly = true)
    public Optional<Entry> entry(UUID entryId) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM wallet_txns t JOIN wallets w ON w.id = t.wallet_id WHERE t.id = ?")
                .param(entryId).query(Ledger::entry).optional();
    }

    /** A user's entries about one thing (e.g. the earning of a booking). */
    @Transactional(readOnly = true)
    public List<Entry> entries(UUID userId, Source source, String refType, Object refId) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + """
                 FROM wallet_txns t JOIN wallets w ON w.id = t.wallet_id
                WHERE w.user_id = ? AND t.source = ? AND t.ref_type = ? AND t.ref_id = ? ORDER BY t.created_at""")
                .params(userId, source.wire(), refType, refId.toString()).query(Ledger::entry).list();
    }

    private void ensure(UUID userId) {
        jdbc.sql("INSERT INTO wallets (user_id, currency) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING")
                .params(userId, props.currency()).update();
    }

    private WalletBalance lockWallet(UUID userId) {
        ensure(userId);
        return jdbc.sql("SELECT * FROM wallets WHERE user_id = ? FOR UPDATE").param(userId).query(Ledger::wallet).single();
    }

    private WalletBalance store(WalletBalance w, Holdings h) {
        return jdbc.sql("UPDATE wallets SET balance = ?, reserved = ?, incoming = ?, updated_at = now() WHERE id = ? RETURNING *")
                .params(h.balance(), h.reserved(), h.incoming(), w.walletId()).query(Ledger::wallet).single();
    }

    private void publishWritten(Entry e, WalletBalance w) {
        outbox.publish(WalletEvents.TXNS_TOPIC, "wallet", w.walletId(), WalletEvents.ENTRY_WRITTEN, event(e, w));
    }

    private void publishStatus(Entry e, WalletBalance w) {
        outbox.publish(WalletEvents.TXNS_TOPIC, "wallet", w.walletId(),
                e.status() == EntryStatus.SETTLED ? WalletEvents.ENTRY_SETTLED : WalletEvents.ENTRY_CANCELLED, event(e, w));
    }

    private static WalletEvents.EntryWritten event(Entry e, WalletBalance w) {
        return new WalletEvents.EntryWritten(e.id(), w.walletId(), w.userId(), e.direction().wire(), e.amount(), e.currency(),
                e.source().wire(), e.status().wire(), e.refType(), e.refId(), w.balance(), w.available());
    }

    private static WalletBalance wallet(ResultSet rs, int row) throws SQLException {
        return new WalletBalance(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("currency"),
                new Holdings(rs.getBigDecimal("balance"), rs.getBigDecimal("reserved"), rs.getBigDecimal("incoming")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Timestamp changed = rs.getTimestamp("status_changed_at");
        return new Entry(rs.getObject("id", UUID.class), rs.getObject("wallet_id", UUID.class), rs.getObject("user_id", UUID.class),
                Direction.fromWire(rs.getString("type")), rs.getBigDecimal("amount"), rs.getString("currency"),
                Source.fromWire(rs.getString("source")), EntryStatus.fromWire(rs.getString("status")), rs.getString("ref_type"),
                rs.getString("ref_id"), rs.getString("description"), rs.getBigDecimal("balance_after"),
                rs.getTimestamp("created_at").toInstant(), changed == null ? null : changed.toInstant());
    }
}
