package com.allocar.payment.provider;

import java.math.BigDecimal;

/**
 * An authenticated notification. {@code eventId} is the provider's event id (or a value unique per delivery
 * intent), the exactly-once key. The payment is found by {@code providerRef} or, for Orange, by the
 * {@code providerToken}. {@code confirmWithStatus}: the notification itself proves nothing (unsigned MTN
 * callback, Orange's token-only notification) — the outcome must be read back from the provider's status API.
 */
public record WebhookNotice(String eventId, String eventType, String providerRef, String providerToken,
                            PaymentProvider.Outcome outcome, BigDecimal amount, String currency, String transactionId,
                            String reason, boolean confirmWithStatus) {

    public static WebhookNotice ignored(String eventId, String eventType) {
        return new WebhookNotice(eventId, eventType, null, null, PaymentProvider.Outcome.IGNORED, null, null, null, null, false);
    }
}
