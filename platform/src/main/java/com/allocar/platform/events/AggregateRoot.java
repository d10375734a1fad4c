package com.allocar.platform.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * The base of an aggregate that records the events of its own transitions ({@code record(new BookingAccepted(…))}).
 * A Spring Data repository hands them to the application's event listeners when the aggregate is saved; a JDBC
 * repository does the same through {@link RecordedEvents#publish}. Either way the service's event writer receives them
 * in the saving transaction, and they are cleared once delivered.
 */
public abstract class AggregateRoot {

    private final transient List<DomainEvent> recorded = new ArrayList<>();

    /** Records an event of this aggregate's transition; returns it for the caller's convenience. */
    protected <E extends DomainEvent> E record(E event) {
        recorded.add(event);
        return event;
    }

    /** What was recorded since the last save, oldest first. */
    @DomainEvents
    public List<DomainEvent> recordedEvents() {
        return Collections.unmodifiableList(new ArrayList<>(recorded));
    }

    @AfterDomainEventPublication
    public void clearRecordedEvents() {
        recorded.clear();
    }
}
