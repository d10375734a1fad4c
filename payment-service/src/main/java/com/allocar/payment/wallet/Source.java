package com.allocar.payment.wallet;

import com.allocar.platform.lifecycle.Lifecycle;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a ledger entry's money comes from or goes to. Mirrors wallet-service's api enum: same wire names. */
public enum Source {
    REFUND, TOPUP, PAYOUT, PROMO, PAYMENT, EARNING, COMMISSION, FEE, PENALTY, REVERSAL;

    @JsonValue
    public String wire() {
        return Lifecycle.wire(this);
    }
}
