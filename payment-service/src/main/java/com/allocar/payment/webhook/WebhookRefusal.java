package com.allocar.payment.webhook;

import com.allocar.platform.lifecycle.Lifecycle;

/** Why a provider notification was refused (the error's {@code details.reason}); a refused one leaves no trace, so it may be retried. */
enum WebhookRefusal {
    INVALID_SIGNATURE, STALE_TIMESTAMP, MALFORMED, INVALID_TOKEN, UNKNOWN_PAYMENT, AMOUNT_MISMATCH, CURRENCY_MISMATCH;

    String wire() {
        return Lifecycle.wire(this);
    }
}
