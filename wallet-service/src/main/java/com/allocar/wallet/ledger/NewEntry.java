package com.allocar.wallet.ledger;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;

/** What a writer asks the ledger to record; {@code entryId} is its idempotency key. */
public record NewEntry(UUID entryId, Direction direction, BigDecimal amount, Source source, EntryStatus status,
                       String refType, String refId, String description) {

    public NewEntry {
        if (status == EntryStatus.CANCELLED) {
            throw new IllegalArgumentException("an entry is written pending or settled");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
    }

    public static NewEntry settled(UUID id, Direction d, BigDecimal amount, Source s, String refType, Object refId, String description) {
        return new NewEntry(id, d, amount, s, EntryStatus.SETTLED, refType, refId == null ? null : refId.toString(), description);
    }

    public static NewEntry pending(UUID id, Direction d, BigDecimal amount, Source s, String refType, Object refId, String description) {
        return new NewEntry(id, d, amount, s, EntryStatus.PENDING, refType, refId == null ? null : refId.toString(), description);
    }
}
