package com.allocar.payment.webhook;

import com.allocar.platform.lifecycle.Lifecycle;

/** What a provider notification did; stored on its receipt and answered to the provider (lower-case on the wire). */
public enum WebhookOutcome {
    /** It changed the payment. */
    APPLIED,
    /** It asked for the status the payment already had. */
    REPEAT,
    /** The same event was received before. */
    DUPLICATE,
    /** Nothing to do (an event type we do not act on). */
    IGNORED,
    /** The provider has no final answer yet. */
    PENDING,
    /** It asked for a move the lifecycle does not allow (e.g. failed after paid, out of order): acknowledged, nothing changes. */
    REJECTED_TRANSITION;

    public String wire() {
        return Lifecycle.wire(this);
    }
}
