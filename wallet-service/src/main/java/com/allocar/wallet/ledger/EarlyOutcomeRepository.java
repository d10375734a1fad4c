package com.allocar.wallet.ledger;

import java.util.Optional;
import java.util.UUID;

import com.allocar.wallet.api.EntryStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code early_outcomes}: a settle or cancel that arrived before its entry, kept until the entry is written. */
@Repository
class EarlyOutcomeRepository {

    private final JdbcClient jdbc;

    EarlyOutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(UUID entryId, EntryStatus target) {
        jdbc.sql("INSERT INTO early_outcomes (entry_id, status) VALUES (?, ?) ON CONFLICT DO NOTHING").params(entryId, target.wire()).update();
    }

    /** The outcome waiting for {@code entryId}, removed. */
    Optional<EntryStatus> take(UUID entryId) {
        return jdbc.sql("DELETE FROM early_outcomes WHERE entry_id = ? RETURNING status").param(entryId).query(String.class).optional()
                .map(EntryStatus::fromWire);
    }
}
