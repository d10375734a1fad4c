package com.allocar.identity.events;

import java.util.UUID;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/**
 * A user event identity publishes ({@code user.*}, {@code referral.applied}): its type and key, and the wire record of
 * {@link com.allocar.identity.api.IdentityEvents} as payload. Published with the application's event publisher, in the
 * transaction that saved the user; the platform's {@code OutboxEventWriter} turns it into the outbox row.
 */
public record IdentityEvent(IdentityEventType eventType, UUID aggregateId, Object payload) implements PublishedEvent {

    @Override
    public EventType type() {
        return eventType;
    }
}
