package com.allocar.payment.support;

import java.util.function.Function;

import com.allocar.payment.fakes.FakeMtn;
import com.allocar.payment.fakes.FakeOrange;
import com.allocar.payment.fakes.FakeStripe;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The Orange, MTN and Stripe fakes, with the credentials of application-it.yml. */
public final class ProviderFakes {

    /** Providers call back the public base URL; the fakes deliver to this service with the same path and query. */
    public static final String PUBLIC_HOST = "pay.allocar.test";

    public static final FakeOrange ORANGE = FakeOrange.start("om-it-client", "om-it-secret", "om-it-merchant");
    public static final FakeMtn MTN = FakeMtn.start("mtn-it-sub", "0b4f5a7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "mtn-it-key", PUBLIC_HOST);
    public static final FakeStripe STRIPE = FakeStripe.start("sk_test_it", "whsec_it");

    static {
        MTN.disbursement("mtn-it-disb", "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", "mtn-it-disb-key");
    }

    private ProviderFakes() {
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("allocar.payment.public-base-url", () -> "https://" + PUBLIC_HOST);
        registry.add("allocar.payment.orange.base-url", ORANGE::baseUrl);
        registry.add("allocar.payment.mtn.base-url", MTN::baseUrl);
        registry.add("allocar.payment.stripe.base-url", STRIPE::baseUrl);
    }

    static void pointAt(Function<String, String> url) {
        ORANGE.deliverTo(url.apply(""));
        MTN.deliverTo(url.apply(""));
        STRIPE.webhookUrl(url.apply("/api/v1/payments/webhook/stripe"));
    }
}
