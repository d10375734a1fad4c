package com.allocar.platform.events;

/**
 * Where one kind of event goes and what it is called on the wire, declared once by the owning service (an enum in its
 * {@code api} package, one constant per type) and named by the event record that carries it.
 */
public interface EventType {

    /** The Kafka topic, e.g. {@code booking.bookings}. */
    String topic();

    /** The outbox's aggregate type, e.g. {@code booking}. */
    String aggregateType();

    /** The envelope's {@code type}, e.g. {@code booking.accepted}. */
    String wire();
}
