package com.allocar.wallet.ledger;

/** Why money moved (ADR 006). */
public enum Source {
    REFUND, TOPUP, PAYOUT, PROMO, PAYMENT, EARNING, COMMISSION, FEE, PENALTY, REVERSAL;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Source fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
