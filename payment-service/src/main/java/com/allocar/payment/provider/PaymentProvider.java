package com.allocar.payment.provider;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The one port every payment provider adapter implements, each speaking its provider's real HTTP API.
 * Adapters know nothing of our tables: they turn our requests into provider calls and provider notifications
 * into {@link WebhookNotice}s, after checking the provider's own proof (signature, token or status call).
 */
public interface PaymentProvider {

    Provider id();

    /** Secrets present: the adapter can be used. */
    boolean configured();

    /** The currency the provider is asked to charge (sandboxes use their own: OUV, EUR). */
    String chargeCurrency();

    /** Creates the provider-side payment (checkout session, web payment, request-to-pay, payment intent). */
    Checkout create(CheckoutRequest request);

    /** The provider's current view of a payment, for webhooks without a signature and for reconciliation. */
    ProviderStatus status(ProviderPayment payment);

    /** Whether {@link #refund} can give money back through this provider (else refunds go to the wallet). */
    default boolean supportsRefund() {
        return true;
    }

    /** Gives money back to the payer; idempotent on {@code refundId}. */
    void refund(ProviderPayment payment, BigDecimal amount, UUID refundId);

    /**
     * Authenticates and reads a notification. Throws {@link WebhookRejected} when the proof is missing, wrong or
     * too old; never touches our state.
     */
    WebhookNotice authenticate(WebhookRequest request);

    /**
     * We gave up on a payment (a failed attempt): close it at the provider so it cannot be paid afterwards. Best
     * effort; a late payment is still caught by the reconciliation.
     */
    default void abandon(ProviderPayment payment) {
    }

    /** Pays money out to a mobile wallet (driver payouts, withdrawals). */
    default PayoutResult payout(PayoutRequest request) {
        throw new ProviderException(id(), "payouts are not supported by " + id().wire());
    }

    record CheckoutRequest(UUID paymentId, BigDecimal amount, String currency, String msisdn, String description) {
    }

    /**
     * @param providerRef   the provider's id of the payment (Wave session id, MTN reference id, Stripe intent id,
     *                      Orange pay_token)
     * @param providerToken a per-payment secret the provider echoes in its notification (Orange notif_token)
     * @param payload       what the client app needs to pay (redirect URL, client secret…)
     */
    record Checkout(String providerRef, String checkoutUrl, String providerToken, Map<String, Object> payload) {
    }

    record ProviderPayment(UUID paymentId, String providerRef, BigDecimal amount, String currency) {
    }

    record ProviderStatus(Outcome outcome, BigDecimal amount, String currency, String transactionId, String reason, String raw) {
    }

    record PayoutRequest(UUID payoutId, BigDecimal amount, String currency, String msisdn, String name) {
    }

    record PayoutResult(String providerRef, Outcome outcome, String reason) {
    }

    /** What a provider says about a payment. */
    enum Outcome {
        PENDING, SUCCEEDED, FAILED, REFUNDED, IGNORED
    }
}
