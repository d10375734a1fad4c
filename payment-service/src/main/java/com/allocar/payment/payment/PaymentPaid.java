package com.allocar.payment.payment;

import com.allocar.payment.api.PaymentEventType;
import com.allocar.payment.api.PaymentEvents;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/** The payment succeeded (wire type payment.succeeded). The payload is the published record, unchanged. */
public record PaymentPaid(PaymentEvents.PaymentSucceeded payload) implements PublishedEvent {

    @Override
    public EventType type() {
        return PaymentEventType.PAYMENT_SUCCEEDED;
    }

    @Override
    public Object aggregateId() {
        return payload.paymentId();
    }
}
