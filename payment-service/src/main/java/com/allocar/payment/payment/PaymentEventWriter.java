package com.allocar.payment.payment;

import com.allocar.platform.events.Outbox;
import com.allocar.platform.events.PublishedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * payment-service's one event writer: every event a payment or a payout recorded becomes its outbox row, in the
 * transaction that saved the aggregate (payment keeps no audit table).
 */
@Component
class PaymentEventWriter {

    private final Outbox outbox;

    PaymentEventWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PublishedEvent event) {
        outbox.publish(event);
    }
}
