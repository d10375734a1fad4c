package com.allocar.messaging.conversation.messaging;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.allocar.messaging.conversation.ApplyBookingChange;
import com.allocar.messaging.conversation.BookingChange;
import com.allocar.messaging.conversation.BookingStatus;
import com.allocar.platform.events.DeadLetters;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * booking-service's {@code booking.bookings}: every BookingChanged event moves the conversations read model, once per
 * event (inbox in the same transaction) and never backwards (ordered by the event's occurred_at). A record that is
 * not an event, or a status we do not know, goes to {@code booking.bookings.dlt} at once (platform {@code DeadLetters})
 * instead of blocking the partition; a type we do not read is not ours to judge and is passed over.
 */
@Component
class BookingEventsListener {

    static final String TOPIC = "booking.bookings";
    static final String CONSUMER = "messaging.bookings";

    /** What messaging-service reads of booking's {@code BookingChanged}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BookingChanged(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, String status, Instant departureTime,
                          Instant occurredAt) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final ApplyBookingChange changes;

    BookingEventsListener(EventReader reader, Inbox inbox, ApplyBookingChange changes) {
        this.reader = reader;
        this.inbox = inbox;
        this.changes = changes;
    }

    @KafkaListener(topics = TOPIC)
    @Transactional
    public void on(String message) {
        EventEnvelope event;
        BookingChanged b;
        try {
            event = reader.envelope(message);
            if (HeardEvent.of(event.type()).isEmpty()) {
                return;
            }
            b = reader.payload(event, BookingChanged.class);
        } catch (RuntimeException e) {
            throw new DeadLetters.PoisonEvent("a record of " + TOPIC + " that is not a booking event: " + e);
        }
        Optional<BookingStatus> status = BookingStatus.fromWire(b.status());
        if (status.isEmpty() || b.bookingId() == null || b.tripId() == null || b.passengerId() == null || b.driverId() == null) {
            throw new DeadLetters.PoisonEvent(event.type() + " " + event.eventId() + " of booking " + b.bookingId() + ": status '"
                    + b.status() + "' or trip / parties unknown");
        }
        if (!inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        Instant at = b.occurredAt() != null ? b.occurredAt() : event.occurredAt() != null ? event.occurredAt() : Instant.now();
        changes.apply(new BookingChange(b.bookingId(), b.tripId(), b.passengerId(), b.driverId(), status.get(), b.departureTime(), at));
    }
}
