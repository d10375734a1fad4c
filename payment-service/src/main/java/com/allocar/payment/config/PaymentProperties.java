package com.allocar.payment.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code allocar.payment.*}. Secrets come from the environment (WAVE_*, OM_*, MTN_*, STRIPE_*); only the
 * {@code local} profile has dev defaults.
 *
 * @param publicBaseUrl     the public URL providers call back (webhook URLs are built from it)
 * @param webhookTolerance  how old a signed webhook may be (replay window)
 * @param webhookFutureSkew how far in the future a webhook timestamp may be (clock skew)
 */
@ConfigurationProperties("allocar.payment")
public record PaymentProperties(String publicBaseUrl, String successUrl, String errorUrl,
                                String bookingBaseUrl, String walletBaseUrl,
                                @DefaultValue Fees fees,
                                @DefaultValue("PT5M") Duration webhookTolerance,
                                @DefaultValue("PT30S") Duration webhookFutureSkew,
                                @DefaultValue Fraud fraud,
                                @DefaultValue Payouts payouts,
                                @DefaultValue Wave wave, @DefaultValue Orange orange, @DefaultValue Mtn mtn,
                                @DefaultValue Stripe stripe) {

    /** The admin settings "frais plateforme (% + fixe)" and each provider's fee in % of what the payer paid. */
    public record Fees(@DefaultValue("10") BigDecimal commissionPercent, @DefaultValue("100") BigDecimal commissionFixed,
                       Map<String, BigDecimal> providerPercent) {
        public Fees {
            providerPercent = providerPercent == null ? Map.of() : providerPercent;
        }
    }

    public record Fraud(@DefaultValue("3") int maxFailedCardPayments, @DefaultValue("PT24H") Duration window) {
    }

    public record Payouts(@DefaultValue("5000") BigDecimal minAmount) {
    }

    /**
     * @param webhookStrategy how the Wave webhook is secured in the Business Portal: {@code signing_secret}
     *                        (Wave-Signature HMAC, the default) or {@code shared_secret} (Authorization: Bearer secret)
     */
    public record Wave(@DefaultValue("https://api.wave.com") String baseUrl, String apiKey, String webhookSecret,
                       @DefaultValue("signing_secret") String webhookStrategy) {
    }

    public record Orange(@DefaultValue("https://api.orange.com") String baseUrl, @DefaultValue("ci") String country,
                         @DefaultValue("XOF") String currency, String clientId, String clientSecret, String merchantKey) {
    }

    /**
     * Collection (payments) and Disbursement (withdrawals) are separate MTN products, each with its own subscription
     * key and API user; the disbursement user/key default to the collection ones.
     */
    public record Mtn(@DefaultValue("https://proxy.momoapi.mtn.com") String baseUrl, @DefaultValue("mtnivorycoast") String targetEnvironment,
                      @DefaultValue("XOF") String currency, String collectionSubscriptionKey, String apiUser, String apiKey,
                      String disbursementSubscriptionKey, String disbursementApiUser, String disbursementApiKey) {

        public String payoutUser() {
            return disbursementApiUser == null || disbursementApiUser.isBlank() ? apiUser : disbursementApiUser;
        }

        public String payoutKey() {
            return disbursementApiKey == null || disbursementApiKey.isBlank() ? apiKey : disbursementApiKey;
        }
    }

    public record Stripe(@DefaultValue("https://api.stripe.com") String baseUrl, String secretKey, String webhookSecret) {
    }
}
