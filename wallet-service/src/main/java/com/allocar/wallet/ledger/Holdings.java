package com.allocar.wallet.ledger;

import java.math.BigDecimal;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;

/**
 * What a wallet holds, derived from its entries: {@code balance} = Σ settled credits − Σ settled debits,
 * {@code reserved} = Σ pending debits (a requested payout: already promised, so not spendable again),
 * {@code incoming} = Σ pending credits (earnings of rides not completed yet: not spendable yet).
 * The one place that says how an entry, or its settlement, moves these numbers.
 */
public record Holdings(BigDecimal balance, BigDecimal reserved, BigDecimal incoming) {

    public static final Holdings EMPTY = new Holdings(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** What may be spent or withdrawn now. */
    public BigDecimal available() {
        return balance.subtract(reserved);
    }

    /** After writing an entry in {@code status}. */
    public Holdings with(Direction direction, BigDecimal amount, EntryStatus status) {
        return switch (status) {
            case SETTLED -> new Holdings(direction == Direction.CREDIT ? balance.add(amount) : balance.subtract(amount), reserved, incoming);
            case PENDING -> direction == Direction.CREDIT
                    ? new Holdings(balance, reserved, incoming.add(amount))
                    : new Holdings(balance, reserved.add(amount), incoming);
            case CANCELLED -> this;
        };
    }

    /** After a pending entry becomes {@code target} (settled or cancelled). */
    public Holdings resolving(Direction direction, BigDecimal amount, EntryStatus target) {
        Holdings withoutPending = direction == Direction.CREDIT
                ? new Holdings(balance, reserved, incoming.subtract(amount))
                : new Holdings(balance, reserved.subtract(amount), incoming);
        return target == EntryStatus.SETTLED ? withoutPending.with(direction, amount, EntryStatus.SETTLED) : withoutPending;
    }
}
