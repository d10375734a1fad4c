package com.allocar.payment.payment;

import java.math.BigDecimal;

import com.allocar.payment.config.PaymentProperties;
import com.allocar.payment.settings.FeeSettings;

import org.springframework.stereotype.Component;

/** The amounts of a new payment: the discount off the gross price, the platform's commission, the provider's fee. */
@Component
class PaymentFees {

    private static final BigDecimal NONE = new BigDecimal("0.00");

    private final PaymentProperties props;
    private final FeeSettings settings;

    PaymentFees(PaymentProperties props, FeeSettings settings) {
        this.props = props;
        this.settings = settings;
    }

    /** A booking: the platform takes its commission on the gross price (it funds the discount). */
    Payment.Amounts booking(PaymentMethod method, BigDecimal gross, BigDecimal discount) {
        // the commission staff set in admin-service's settings (the properties until they first did)
        FeeSettings.InForce fees = settings.current();
        BigDecimal commission = PlatformCommission.commission(gross, fees.commissionPercent(), fees.commissionFixed());
        BigDecimal amount = gross.subtract(discount);
        return new Payment.Amounts(amount, gross, discount, commission, providerFee(method, amount));
    }

    /** A top-up: no discount, no commission; the provider's fee only. */
    Payment.Amounts topup(PaymentMethod method, BigDecimal amount) {
        return new Payment.Amounts(amount, amount, NONE, NONE, providerFee(method, amount));
    }

    private BigDecimal providerFee(PaymentMethod method, BigDecimal amount) {
        return PlatformCommission.providerFee(amount, props.fees().providerPercent().get(method.provider().wire()));
    }
}
