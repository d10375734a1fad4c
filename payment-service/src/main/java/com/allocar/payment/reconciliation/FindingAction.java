package com.allocar.payment.reconciliation;

import com.allocar.platform.lifecycle.Lifecycle;

/** What the reconciliation did about a mismatch: applied a lost webhook, or only flagged it for finance. */
enum FindingAction {
    MARKED_PAID, FLAGGED;

    String wire() {
        return Lifecycle.wire(this);
    }
}
