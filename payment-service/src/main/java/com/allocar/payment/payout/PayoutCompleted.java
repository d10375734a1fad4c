package com.allocar.payment.payout;

import com.allocar.payment.api.PaymentEventType;
import com.allocar.payment.api.PaymentEvents;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/** The payout reached the driver. The payload is the published record, unchanged. */
public record PayoutCompleted(PaymentEvents.PayoutCompleted payload) implements PublishedEvent {

    @Override
    public EventType type() {
        return PaymentEventType.PAYOUT_COMPLETED;
    }

    @Override
    public Object aggregateId() {
        return payload.payoutId();
    }
}
