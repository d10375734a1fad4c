package com.allocar.payment.payout;

import com.allocar.payment.api.PaymentEventType;
import com.allocar.payment.api.PaymentEvents;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/** The payout did not happen; wallet-service cancels the reservation. The payload is the published record, unchanged. */
public record PayoutFailed(PaymentEvents.PayoutFailed payload) implements PublishedEvent {

    @Override
    public EventType type() {
        return PaymentEventType.PAYOUT_FAILED;
    }

    @Override
    public Object aggregateId() {
        return payload.payoutId();
    }
}
