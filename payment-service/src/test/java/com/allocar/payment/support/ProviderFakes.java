package com.allocar.payment.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import com.allocar.devstack.providers.FakeMtn;
import com.allocar.devstack.providers.FakeOrange;
import com.allocar.devstack.providers.FakeStripe;
import com.allocar.devstack.providers.FakeWave;
import com.allocar.devstack.providers.ProviderKeys;
import com.allocar.devstack.providers.ProvidersServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * devstack's fake providers (the same code {@code ./allocar up} runs), started in this JVM on a free port with the
 * credentials of application-it.yml.
 */
public final class ProviderFakes {

    /** Providers call back the public base URL; the fakes deliver to this service with the same path and query. */
    public static final String PUBLIC_HOST = "pay.allocar.test";

    static final ProviderKeys KEYS = new ProviderKeys(PaymentIT.WAVE_KEY, PaymentIT.WAVE_SECRET,
            "om-it-client", "om-it-secret", "om-it-merchant",
            "mtn-it-sub", "0b4f5a7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "mtn-it-key",
            "mtn-it-disb", "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", "mtn-it-disb-key", PUBLIC_HOST,
            "sk_test_it", "whsec_it", null);

    public static final ProvidersServer SERVER = start();
    public static final FakeWave WAVE = SERVER.wave();
    public static final FakeOrange ORANGE = SERVER.orange();
    public static final FakeMtn MTN = SERVER.mtn();
    public static final FakeStripe STRIPE = SERVER.stripe();

    private ProviderFakes() {
    }

    private static ProvidersServer start() {
        try {
            return ProvidersServer.start("127.0.0.1", 0, KEYS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("allocar.payment.public-base-url", () -> "https://" + PUBLIC_HOST);
        registry.add("allocar.payment.wave.base-url", WAVE::baseUrl);
        registry.add("allocar.payment.orange.base-url", ORANGE::baseUrl);
        registry.add("allocar.payment.mtn.base-url", MTN::baseUrl);
        registry.add("allocar.payment.stripe.base-url", STRIPE::baseUrl);
    }

    /** Webhooks and callbacks go to this test's server (the gateway's role in the fleet). */
    static void pointAt(Function<String, String> url) {
        SERVER.callbacksTo(url.apply(""));
    }
}
