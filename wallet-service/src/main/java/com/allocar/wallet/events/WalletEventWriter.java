package com.allocar.wallet.events;

import com.allocar.platform.events.DomainEvent;
import com.allocar.platform.events.Outbox;
import com.allocar.platform.events.PublishedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where what wallet-service's aggregates recorded becomes the outbox row of each published event, in the
 * transaction that stored them (wallet-service keeps no audit table: the append-only ledger is its own record).
 */
@Component
class WalletEventWriter {

    private final Outbox outbox;

    WalletEventWriter(Outbox outbox) {
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
