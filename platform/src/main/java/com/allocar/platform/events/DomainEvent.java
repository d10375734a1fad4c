package com.allocar.platform.events;

/**
 * Something an aggregate recorded during one of its transitions. The service's event writer (one per service) turns
 * each into its audit row and, when it is also a {@link PublishedEvent}, into its outbox row — in the transaction that
 * saves the aggregate.
 */
public interface DomainEvent {
}
