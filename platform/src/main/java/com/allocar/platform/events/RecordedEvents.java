package com.allocar.platform.events;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Hands an aggregate's recorded events to the service's event writer, for repositories that are not Spring Data's
 * (JDBC): the same delivery Spring Data does on {@code save}, in the caller's thread and transaction.
 */
public class RecordedEvents {

    private final ApplicationEventPublisher publisher;

    public RecordedEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void publish(AggregateRoot aggregate) {
        aggregate.recordedEvents().forEach(publisher::publishEvent);
        aggregate.clearRecordedEvents();
    }
}
