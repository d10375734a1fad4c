package com.allocar.wallet.settlement.messaging;

import java.util.Locale;

/** Where payment.refunded sent the money: only a refund to the wallet is credited to the ledger. */
enum RefundDestination {
    WALLET, PROVIDER;

    boolean is(String wire) {
        return name().toLowerCase(Locale.ROOT).equals(wire);
    }
}
