package com.allocar.platform.events;

/**
 * A recorded event other services hear of: its {@link EventType} says the topic and the wire type, its aggregate id is
 * the Kafka key, its payload is what ADR 006 documents for that type.
 */
public interface PublishedEvent extends DomainEvent {

    EventType type();

    /** The Kafka key: one aggregate's events stay in order. */
    Object aggregateId();

    /** What travels in the envelope's {@code payload}; the record itself unless it wraps a wire record. */
    default Object payload() {
        return this;
    }
}
