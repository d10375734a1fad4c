package com.allocar.payment.api;

import com.allocar.platform.events.EventType;

/** Every event type payment-service publishes (ADR 006): its topic, its outbox aggregate type and its wire name. */
public enum PaymentEventType implements EventType {
    /** Key = payment id. */
    PAYMENT_SUCCEEDED(PaymentEventType.PAYMENTS, "payment", "payment.succeeded"),
    PAYMENT_FAILED(PaymentEventType.PAYMENTS, "payment", "payment.failed"),
    PAYMENT_REFUNDED(PaymentEventType.PAYMENTS, "payment", "payment.refunded"),
    /** Key = payout id. */
    PAYOUT_COMPLETED(PaymentEventType.PAYMENTS, "payout", "payout.completed"),
    PAYOUT_FAILED(PaymentEventType.PAYMENTS, "payout", "payout.failed");

    /** The one topic of payment-service. */
    public static final String PAYMENTS = "payment.payments";

    private final String topic;
    private final String aggregateType;
    private final String wire;

    PaymentEventType(String topic, String aggregateType, String wire) {
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.wire = wire;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public String wire() {
        return wire;
    }
}
