package com.allocar.wallet.ledger;

import java.util.Map;
import java.util.Set;

import com.allocar.platform.api.ApiException;

/**
 * An entry's lifecycle: pending → settled | cancelled, and nothing else (the database trigger enforces the same).
 * An entry is otherwise never changed: a correction is a new entry.
 */
public enum EntryStatus {
    PENDING, SETTLED, CANCELLED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EntryStatus fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    public Set<EntryStatus> next() {
        return this == PENDING ? Set.of(SETTLED, CANCELLED) : Set.of();
    }

    /**
     * Whether moving to {@code target} changes anything: false when already there (a retried settle is harmless),
     * true for a legal move; a {@code conflict} with current and allowed states otherwise.
     */
    public boolean moveTo(EntryStatus target) {
        if (this == target) {
            return false;
        }
        if (!next().contains(target)) {
            throw ApiException.conflict("A " + wire() + " entry cannot become " + target.wire(),
                    Map.of("current_status", wire(), "allowed", next().stream().map(EntryStatus::wire).sorted().toList()));
        }
        return true;
    }
}
