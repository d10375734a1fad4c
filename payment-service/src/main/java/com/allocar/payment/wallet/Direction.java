package com.allocar.payment.wallet;

import com.allocar.platform.lifecycle.Lifecycle;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which way a ledger entry moves money. Mirrors wallet-service's api enum: same wire names. */
public enum Direction {
    CREDIT, DEBIT;

    @JsonValue
    public String wire() {
        return Lifecycle.wire(this);
    }
}
