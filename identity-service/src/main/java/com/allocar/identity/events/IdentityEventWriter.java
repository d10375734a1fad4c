package com.allocar.identity.events;

import com.allocar.platform.events.DomainEvent;
import com.allocar.platform.events.Outbox;
import com.allocar.platform.events.PublishedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where the events identity-service records become outbox rows, in the transaction that saved them
 * (identity keeps no audit table).
 */
@Component
class IdentityEventWriter {

    private final Outbox outbox;

    IdentityEventWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DomainEvent event) {
        if (event instanceof PublishedEvent published) {
            outbox.publish(published);
        }
    }
}
