package com.allocar.platform.events;

import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event writer of a service that keeps no audit table of its own (identity; wallet, whose append-only ledger is its
 * record): each published event its aggregates recorded becomes its outbox row, in the transaction that saved them.
 * Such a service imports it ({@code @Import(OutboxEventWriter.class)}); a service with an audit trail writes both rows
 * in its own writer instead, and must not import this one (the event would be published twice).
 */
public class OutboxEventWriter {

    private final Outbox outbox;

    public OutboxEventWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PublishedEvent event) {
        outbox.publish(event);
    }
}
