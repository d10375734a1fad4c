package com.allocar.payment.payment;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.config.PaymentProperties;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Component;

/** Refuses a card payment to a payer whose card payments failed too often lately ({@link CardFailureLimit}). */
@Component
class CardFraudCheck {

    private final PaymentRepository payments;
    private final PaymentProperties props;
    private final Clock clock;

    CardFraudCheck(PaymentRepository payments, PaymentProperties props, Clock clock) {
        this.payments = payments;
        this.props = props;
        this.clock = clock;
    }

    void check(UUID userId) {
        var limit = new CardFailureLimit(props.fraud().maxFailedCardPayments(), props.fraud().window());
        if (limit.blocks(payments.failedCardPayments(userId, limit.windowStart(clock.instant())))) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Card payments are blocked after repeated failures; use another method",
                    Map.of("reason", "card_payments_blocked", "max_failed", limit.max(), "window_hours", limit.window().toHours()));
        }
    }
}
