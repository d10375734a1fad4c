package com.allocar.wallet.withdrawal;

/** Where a withdrawal is disbursed: a mobile-money account. */
public enum WithdrawalMethod {
    WAVE, ORANGE_MONEY, MTN_MOMO;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
