package com.allocar.payment.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who moves the money; {@code wallet} is AlloCar's own ledger (wallet-service). */
public enum Provider {
    WAVE, ORANGE_MONEY, MTN_MOMO, STRIPE, WALLET;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Provider> fromWire(String s) {
        return Arrays.stream(values()).filter(p -> p.wire().equals(s)).findFirst();
    }
}
