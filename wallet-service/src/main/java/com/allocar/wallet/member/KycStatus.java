package com.allocar.wallet.member;

import java.util.Locale;

/** What wallet-service knows of a member's identity verification, from identity's {@code kyc.*} events. */
public enum KycStatus {
    NONE, PENDING, APPROVED, REJECTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static KycStatus fromWire(String value) {
        return value == null ? NONE : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
