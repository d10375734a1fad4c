package com.allocar.payment.payment;

import com.allocar.payment.api.PaymentEventType;
import com.allocar.payment.api.PaymentEvents;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/** Money of the payment went back to the payer. The payload is the published record, unchanged. */
public record PaymentRefunded(PaymentEvents.PaymentRefunded payload) implements PublishedEvent {

    @Override
    public EventType type() {
        return PaymentEventType.PAYMENT_REFUNDED;
    }

    @Override
    public Object aggregateId() {
        return payload.paymentId();
    }
}
