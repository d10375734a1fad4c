package com.allocar.wallet.wallet.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.ledger.WalletBalance;
import com.allocar.wallet.wallet.WalletTxn;

/** The public views of a wallet and of its lines. */
public final class WalletViews {

    private WalletViews() {
    }

    /**
     * @param balance Σ settled credits − Σ settled debits (the spec's wallet balance)
     * @param available what may be spent or withdrawn now: balance − reserved
     * @param pending earnings of rides not completed yet (not spendable yet)
     * @param reserved withdrawals and payouts in flight
     */
    public record WalletView(UUID id, UUID userId, BigDecimal balance, BigDecimal available, BigDecimal pending, BigDecimal reserved,
                             String currency, Instant updatedAt) {

        public static WalletView of(WalletBalance w) {
            return new WalletView(w.walletId(), w.userId(), w.balance(), w.available(), w.holdings().incoming(),
                    w.holdings().reserved(), w.currency(), w.updatedAt());
        }
    }

    /** @param type credit | debit */
    public record TxnView(UUID id, Direction type, BigDecimal amount, String currency, Source source, EntryStatus status,
                          String refType, String refId, String description, BigDecimal balanceAfter, Instant createdAt,
                          Instant statusChangedAt) {

        public static TxnView of(WalletTxn t) {
            return new TxnView(t.getId(), t.getDirection(), t.getAmount(), t.getCurrency(), t.getSource(), t.getStatus(), t.getRefType(),
                    t.getRefId(), t.getDescription(), t.getBalanceAfter(), t.getCreatedAt(), t.getStatusChangedAt());
        }
    }
}
