package com.allocar.payment.provider;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Component;

/** The adapters by provider. */
@Component
public class Providers {

    private final Map<Provider, PaymentProvider> byId = new EnumMap<>(Provider.class);

    Providers(List<PaymentProvider> adapters) {
        adapters.forEach(a -> byId.put(a.id(), a));
    }

    /** The adapter, configured; 503 when its secrets are missing. */
    public PaymentProvider get(Provider provider) {
        PaymentProvider p = byId.get(provider);
        if (p == null || !p.configured()) {
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Payment method is not available right now",
                    Map.of("provider", provider.wire()));
        }
        return p;
    }

    public java.util.Optional<PaymentProvider> find(Provider provider) {
        return java.util.Optional.ofNullable(byId.get(provider));
    }
}
