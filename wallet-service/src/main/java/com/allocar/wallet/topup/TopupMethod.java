package com.allocar.wallet.topup;

/** How a user pays a topup (the providers payment-service speaks). */
public enum TopupMethod {
    WAVE, ORANGE_MONEY, MTN_MOMO, CARD;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
