package com.allocar.payment.provider;

/**
 * A notification that fails its provider's proof.
 *
 * @see Reason
 */
public class WebhookRejected extends RuntimeException {

    public enum Reason {
        /** missing or wrong signature/token: 401 webhook_invalid_signature */
        SIGNATURE,
        /** signed, but outside the replay window: 401 webhook_invalid_signature */
        STALE,
        /** unreadable body: 400 validation_error */
        MALFORMED
    }

    private final Reason reason;

    public WebhookRejected(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
