package com.allocar.devstack.providers;

import java.util.Map;

/**
 * The credentials the fake providers expect — what payment-service must send — and where they deliver webhooks.
 * The defaults are the dev keys of payment-service's {@code local} profile; each can be overridden by the
 * environment variable of the same name payment-service reads ({@code WAVE_API_KEY}, {@code OM_CLIENT_ID}…), so
 * both sides stay in step.
 *
 * @param callbackBaseUrl where webhooks/callbacks go: Wave → {@code <base>/api/v1/payments/webhook/wave}, Stripe →
 *                        {@code …/stripe}, Orange and MTN → {@code <base>} + the path (and query) of the notif_url /
 *                        X-Callback-Url they received. Null: nothing is delivered until a test sets a URL.
 * @param mtnCallbackHost the "providerCallbackHost" registered with the MTN API user: X-Callback-Url must use it
 */
public record ProviderKeys(
        String waveApiKey,
        String waveWebhookSecret,
        String omClientId,
        String omClientSecret,
        String omMerchantKey,
        String mtnCollectionSubscriptionKey,
        String mtnApiUser,
        String mtnApiKey,
        String mtnDisbursementSubscriptionKey,
        String mtnDisbursementApiUser,
        String mtnDisbursementApiKey,
        String mtnCallbackHost,
        String stripeSecretKey,
        String stripeWebhookSecret,
        String callbackBaseUrl) {

    /** Dev defaults = payment-service's {@code local} profile, overridden by the same environment variables. */
    public static ProviderKeys fromEnv(Map<String, String> env, String callbackBaseUrl) {
        String host = callbackBaseUrl == null ? "127.0.0.1" : java.net.URI.create(callbackBaseUrl).getHost();
        return new ProviderKeys(
                env(env, "WAVE_API_KEY", "wave_sn_dev_local"),
                env(env, "WAVE_WEBHOOK_SECRET", "wave_sn_WHS_dev_local"),
                env(env, "OM_CLIENT_ID", "om-dev-client"),
                env(env, "OM_CLIENT_SECRET", "om-dev-secret"),
                env(env, "OM_MERCHANT_KEY", "om-dev-merchant"),
                env(env, "MTN_COLLECTION_SUBSCRIPTION_KEY", "mtn-dev-sub"),
                env(env, "MTN_API_USER", "3f9a1c9e-8d2b-4c1e-9a55-2f1f8c0d7e11"),
                env(env, "MTN_API_KEY", "mtn-dev-key"),
                env(env, "MTN_DISBURSEMENT_SUBSCRIPTION_KEY", "mtn-dev-disb"),
                env(env, "MTN_DISBURSEMENT_API_USER", "5b2c7d8e-1f3a-4b6c-9d0e-7a8b9c0d1e2f"),
                env(env, "MTN_DISBURSEMENT_API_KEY", "mtn-dev-disb-key"),
                host,
                env(env, "STRIPE_SECRET_KEY", "sk_test_dev_local"),
                env(env, "STRIPE_WEBHOOK_SECRET", "whsec_dev_local"),
                callbackBaseUrl);
    }

    private static String env(Map<String, String> env, String name, String dflt) {
        String v = env.get(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
