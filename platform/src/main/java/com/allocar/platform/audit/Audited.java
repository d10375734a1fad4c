package com.allocar.platform.audit;

import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/**
 * The event an aggregate records beside a transition that must be audited: published as {@code audit.recorded} on
 * {@code audit.entries}, keyed by the audited entity so its entries stay in order.
 */
public record Audited(AuditEntry entry) implements PublishedEvent {

    public static final EventType TYPE = new EventType() {
        @Override
        public String topic() {
            return "audit.entries";
        }

        @Override
        public String aggregateType() {
            return "audit";
        }

        @Override
        public String wire() {
            return "audit.recorded";
        }
    };

    @Override
    public EventType type() {
        return TYPE;
    }

    @Override
    public Object aggregateId() {
        return entry.entityId();
    }

    @Override
    public Object payload() {
        return entry;
    }
}
