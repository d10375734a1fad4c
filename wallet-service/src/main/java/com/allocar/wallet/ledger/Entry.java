package com.allocar.wallet.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One ledger line (a row of wallet_txns). */
public record Entry(UUID id, UUID walletId, UUID userId, Direction direction, BigDecimal amount, String currency, Source source,
                    EntryStatus status, String refType, String refId, String description, BigDecimal balanceAfter,
                    Instant createdAt, Instant statusChangedAt) {

    /** Whether {@code other} asks for the same movement (a retried write), whatever its description. */
    public boolean sameMovement(UUID otherUser, NewEntry other) {
        return userId.equals(otherUser) && direction == other.direction() && amount.compareTo(other.amount()) == 0
                && source == other.source();
    }
}
