package com.allocar.payment.payout;

import com.allocar.platform.lifecycle.Lifecycle;

/** Our own reasons for a failed payout (a provider's reason travels as the provider said it). */
public enum PayoutFailure {
    INSUFFICIENT_FUNDS, METHOD_NOT_SUPPORTED;

    public String wire() {
        return Lifecycle.wire(this);
    }
}
