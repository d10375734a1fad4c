package com.allocar.payment.payment;

import java.util.LinkedHashMap;
import java.util.Map;

import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.ProviderException;
import com.allocar.payment.provider.ProviderHttp;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * Asks the provider to start the checkout of a stored payment, outside any transaction (no connection held while a
 * provider thinks), then stores the provider's reference. A refusal leaves the payment init: the same request later
 * resumes it (the provider call is idempotent on our payment id).
 */
@Component
class ProviderCheckout {

    private final PaymentRepository payments;

    ProviderCheckout(PaymentRepository payments) {
        this.payments = payments;
    }

    StartedPayment start(Payment p, PaymentProvider adapter) {
        PaymentProvider.Checkout checkout;
        try {
            checkout = adapter.create(new PaymentProvider.CheckoutRequest(p.id(), p.amount(), adapter.chargeCurrency(), p.msisdn(),
                    "AlloCar " + p.purpose().wire()));
        } catch (ProviderException e) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("provider", e.provider().wire());
            if (e.providerCode() != null) {
                details.put("provider_code", e.providerCode());
            }
            throw new ApiException(ErrorCode.BAD_GATEWAY, "The payment provider did not accept the payment; retry in a moment", details);
        }
        String payloadJson = ProviderHttp.mapper().writeValueAsString(checkout.payload());
        payments.setCheckout(p.id(), new Payment.Checkout(checkout.providerRef(), checkout.providerToken(), checkout.checkoutUrl(), payloadJson));
        return StartedPayment.of(payments.find(p.id()).orElseThrow());
    }
}
