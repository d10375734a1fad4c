package com.allocar.wallet.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * wallet-service's published events (ADR 006), on topic {@code wallet.txns}, keyed by wallet id.
 * Nothing else of wallet-service crosses the service boundary (with {@link WalletInternalApi}).
 */
public final class WalletEvents {

    public static final String TXNS_TOPIC = "wallet.txns";

    /** An entry was appended to the ledger. */
    public static final String ENTRY_WRITTEN = "wallet.entry_written";
    /** A pending entry settled / was cancelled (same payload, the new status). Not in ADR 006: an addition. */
    public static final String ENTRY_SETTLED = "wallet.entry_settled";
    public static final String ENTRY_CANCELLED = "wallet.entry_cancelled";
    /** A user asked to withdraw: payment-service disburses and answers payout.completed|failed with payout_id = withdrawal_id. */
    public static final String WITHDRAWAL_REQUESTED = "wallet.withdrawal_requested";

    /**
     * @param direction credit | debit
     * @param status pending | settled | cancelled
     * @param balanceAfter the wallet's settled balance after this entry
     * @param availableAfter what the wallet may spend after it (balance − pending debits)
     */
    public record EntryWritten(UUID entryId, UUID walletId, UUID userId, String direction, BigDecimal amount, String currency,
                               String source, String status, String refType, String refId, BigDecimal balanceAfter,
                               BigDecimal availableAfter) {
    }

    /** @param method wave | orange_money | mtn_momo */
    public record WithdrawalRequested(UUID withdrawalId, UUID userId, BigDecimal amount, String currency, String method,
                                      String msisdn) {
    }

    private WalletEvents() {
    }
}
