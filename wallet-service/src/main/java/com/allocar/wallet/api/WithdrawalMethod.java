package com.allocar.wallet.api;

import java.util.Locale;

/** Where a withdrawal is disbursed: a mobile-money account ({@code method} of {@code wallet.withdrawal_requested}). */
public enum WithdrawalMethod {
    WAVE, ORANGE_MONEY, MTN_MOMO;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
