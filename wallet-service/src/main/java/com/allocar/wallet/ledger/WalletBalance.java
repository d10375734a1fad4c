package com.allocar.wallet.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A wallet and what it holds. */
public record WalletBalance(UUID walletId, UUID userId, String currency, Holdings holdings, Instant createdAt, Instant updatedAt) {

    public BigDecimal balance() {
        return holdings.balance();
    }

    public BigDecimal available() {
        return holdings.available();
    }
}
