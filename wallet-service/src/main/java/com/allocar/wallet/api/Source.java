package com.allocar.wallet.api;

import java.util.Locale;

/** Why money moved (ADR 006). */
public enum Source {
    REFUND, TOPUP, PAYOUT, PROMO, PAYMENT, EARNING, COMMISSION, FEE, PENALTY, REVERSAL;

    /** The wire names, for request validation (the same list as the constants, in their order). */
    public static final String WIRE_PATTERN = "refund|topup|payout|promo|payment|earning|commission|fee|penalty|reversal";

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Source fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
