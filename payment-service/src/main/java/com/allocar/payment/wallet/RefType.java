package com.allocar.payment.wallet;

import com.allocar.platform.lifecycle.Lifecycle;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a ledger entry refers to (its ref_id). Mirrors wallet-service's api enum: same wire names. */
public enum RefType {
    BOOKING, PAYOUT;

    @JsonValue
    public String wire() {
        return Lifecycle.wire(this);
    }
}
