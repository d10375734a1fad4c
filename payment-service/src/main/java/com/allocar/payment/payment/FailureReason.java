package com.allocar.payment.payment;

import com.allocar.platform.lifecycle.Lifecycle;

/** Our own reasons for a failed payment (a provider's reason is stored as the provider said it). */
public enum FailureReason {
    /** The provider said no without a reason. */
    PROVIDER_DECLINED,
    /** A wallet payment above the balance. */
    INSUFFICIENT_FUNDS;

    public String wire() {
        return Lifecycle.wire(this);
    }
}
