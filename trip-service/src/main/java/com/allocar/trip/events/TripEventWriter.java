package com.allocar.trip.events;

import com.allocar.platform.events.DomainEvent;
import com.allocar.platform.events.Outbox;
import com.allocar.platform.events.PublishedEvent;
import com.allocar.trip.ride.TripEvent;
import com.allocar.trip.search.TripsChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where what trip-service's aggregates recorded (and the search volume job counted) becomes effects, in
 * the transaction that saved them: the outbox row of every published event (trip-service keeps no audit table), and
 * for a trip change that searches can see, a {@link TripsChanged} for the search cache (which forgets those days after
 * commit).
 */
@Component
class TripEventWriter {

    private final Outbox outbox;
    private final ApplicationEventPublisher events;

    TripEventWriter(Outbox outbox, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DomainEvent event) {
        if (event instanceof PublishedEvent published) {
            outbox.publish(published);
        }
        if (event instanceof TripEvent trip && !trip.departuresSeen().isEmpty()) {
            events.publishEvent(TripsChanged.at(trip.departuresSeen()));
        }
    }
}
