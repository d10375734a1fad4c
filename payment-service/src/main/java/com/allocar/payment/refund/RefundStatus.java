package com.allocar.payment.refund;

import com.allocar.platform.lifecycle.Lifecycle;

/** A refund row: pending until the money moved (a provider refund may wait for the daily retry), then succeeded. */
enum RefundStatus {
    PENDING, SUCCEEDED;

    String wire() {
        return Lifecycle.wire(this);
    }
}
