package com.allocar.payment.payment;

import java.util.Map;

import com.allocar.payment.provider.Provider;
import com.allocar.payment.provider.ProviderHttp;

/** A payment as its start left it, with what the client app needs of the provider's answer (never its secrets). */
public record StartedPayment(Payment payment, Map<String, Object> providerPayload) {

    static StartedPayment of(Payment p) {
        if (p.rawPayload() == null || p.provider() == Provider.WALLET) {
            return new StartedPayment(p, Map.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = ProviderHttp.mapper().readValue(p.rawPayload(), Map.class);
        return new StartedPayment(p, stored);
    }
}
