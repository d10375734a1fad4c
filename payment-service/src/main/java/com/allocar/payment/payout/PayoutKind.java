package com.allocar.payment.payout;

import java.util.Arrays;

import com.allocar.platform.lifecycle.Lifecycle;

/** Why money leaves: the scheduled driver payout (we reserve it in the wallet) or a withdrawal wallet-service reserved. */
public enum PayoutKind {
    SCHEDULED, WITHDRAWAL;

    public String wire() {
        return Lifecycle.wire(this);
    }

    public static PayoutKind fromWire(String s) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown payout kind " + s));
    }
}
