package com.allocar.wallet.ledger.web;

import com.allocar.wallet.api.WalletInternalApi.EntryView;
import com.allocar.wallet.api.WalletInternalApi.WalletView;
import com.allocar.wallet.ledger.Entry;
import com.allocar.wallet.ledger.WalletBalance;

/** Ledger records → the internal API's views. */
public final class LedgerViews {

    private LedgerViews() {
    }

    public static EntryView entry(Entry e) {
        return new EntryView(e.id(), e.walletId(), e.userId(), e.direction(), e.amount(), e.currency(), e.source(),
                e.status(), e.refType(), e.refId(), e.description(), e.balanceAfter(), e.createdAt(), e.statusChangedAt());
    }

    public static WalletView wallet(WalletBalance w) {
        return new WalletView(w.userId(), w.walletId(), w.balance(), w.holdings().incoming(), w.holdings().reserved(), w.available(),
                w.currency());
    }
}
