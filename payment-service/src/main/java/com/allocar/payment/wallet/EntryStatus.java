package com.allocar.payment.wallet;

import com.allocar.platform.lifecycle.Lifecycle;
import com.fasterxml.jackson.annotation.JsonValue;

/** A ledger entry settled at once, or pending until settled or cancelled. Mirrors wallet-service's api enum: same wire names. */
public enum EntryStatus {
    PENDING, SETTLED, CANCELLED;

    @JsonValue
    public String wire() {
        return Lifecycle.wire(this);
    }
}
