package com.allocar.wallet.ledger;

/** Which way an entry moves money: {@code type} of the spec's wallet_txns. */
public enum Direction {
    CREDIT, DEBIT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Direction fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
