package com.allocar.wallet.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The payloads of wallet-service's published events (ADR 006); their types, topic and key are {@link WalletEventType}.
 * The enums travel as their lower-case wire names. Nothing else of wallet-service crosses the service boundary (with {@link WalletInternalApi} and the enums here).
 */
public final class WalletEvents {

    /**
     * The payload of {@code wallet.entry_written}, {@code wallet.entry_settled} and {@code wallet.entry_cancelled}.
     *
     * @param direction credit | debit
     * @param status pending | settled | cancelled
     * @param balanceAfter the wallet's settled balance after this entry
     * @param availableAfter what the wallet may spend after it (balance − pending debits)
     */
    public record EntryWritten(UUID entryId, UUID walletId, UUID userId, Direction direction, BigDecimal amount, String currency,
                               Source source, EntryStatus status, String refType, String refId, BigDecimal balanceAfter,
                               BigDecimal availableAfter) {
    }

    /** @param method wave | orange_money | mtn_momo */
    public record WithdrawalRequested(UUID withdrawalId, UUID userId, BigDecimal amount, String currency, WithdrawalMethod method,
                                      String msisdn) {
    }

    private WalletEvents() {
    }
}
