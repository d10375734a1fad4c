package com.allocar.admin.report.messaging;

import java.time.Instant;
import java.util.UUID;

import com.allocar.admin.report.UsageFacts;
import com.allocar.platform.events.DeadLetters;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners' events the usage report counts become usage facts, each once (inbox in the same transaction, the row's
 * key is the event id): identity's {@code user.registered}, trip's {@code trip.published} and {@code search.volume},
 * booking's {@code booking.created} and {@code booking.paid}; every other type of those topics is not counted. The time
 * of a fact is the event's. An event of a counted type that does not read as its contract goes to the topic's DLT.
 */
@Component
class UsageFactsListener {

    static final String CONSUMER = "admin.usage";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserRegistered(UUID userId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TripPublished(UUID tripId, UUID driverId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BookingChanged(UUID bookingId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchVolume(String instanceId, Instant windowStart, Instant windowEnd, Long searches) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final UsageFacts facts;

    UsageFactsListener(EventReader reader, Inbox inbox, UsageFacts facts) {
        this.reader = reader;
        this.inbox = inbox;
        this.facts = facts;
    }

    @KafkaListener(topics = {"identity.users", "trip.trips", "trip.searches", "booking.bookings"}, groupId = "${spring.application.name}.usage")
    @Transactional
    public void on(String message) {
        EventEnvelope event;
        try {
            event = reader.envelope(message);
        } catch (RuntimeException e) {
            throw new DeadLetters.PoisonEvent("a record that is no event: " + e);
        }
        UsageFacts.Kind kind = switch (event.type() == null ? "" : event.type()) {
            case "user.registered" -> UsageFacts.Kind.SIGNUP;
            case "trip.published" -> UsageFacts.Kind.TRIP_PUBLISHED;
            case "booking.created" -> UsageFacts.Kind.BOOKING_CREATED;
            case "booking.paid" -> UsageFacts.Kind.BOOKING_PAID;
            case "search.volume" -> UsageFacts.Kind.SEARCHES;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        if (event.occurredAt() == null || event.eventId() == null) {
            throw new DeadLetters.PoisonEvent(event.type() + " without its id or time");
        }
        UUID subject = null;
        long amount = 1;
        switch (kind) {
            case SIGNUP -> subject = reader.contract(event, UserRegistered.class).userId();
            case TRIP_PUBLISHED -> subject = reader.contract(event, TripPublished.class).driverId();
            case BOOKING_CREATED, BOOKING_PAID -> reader.contract(event, BookingChanged.class);
            case SEARCHES -> {
                SearchVolume v = reader.contract(event, SearchVolume.class);
                if (v.searches() == null || v.searches() < 0) {
                    throw new DeadLetters.PoisonEvent("search.volume " + event.eventId() + " without a count");
                }
                amount = v.searches();
            }
        }
        if (inbox.firstDelivery(event.eventId(), CONSUMER)) {
            facts.add(event.eventId(), kind, event.occurredAt(), subject, amount);
        }
    }
}
