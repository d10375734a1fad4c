package com.allocar.wallet.api;

import java.util.Locale;

/** How a user pays a topup (the providers payment-service speaks; {@code method} of its {@code POST /internal/topups}). */
public enum TopupMethod {
    WAVE, ORANGE_MONEY, MTN_MOMO, CARD;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
