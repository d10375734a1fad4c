package com.allocar.wallet.api;

import java.util.Locale;

/** Which way an entry moves money: {@code type} of the spec's wallet_txns, {@code direction} on the wire. */
public enum Direction {
    CREDIT, DEBIT;

    /** The wire names, for request validation. */
    public static final String WIRE_PATTERN = "credit|debit";

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
