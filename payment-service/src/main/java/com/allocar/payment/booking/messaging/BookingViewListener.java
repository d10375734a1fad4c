package com.allocar.payment.booking.messaging;

import com.allocar.payment.booking.BookingChanged;
import com.allocar.payment.booking.BookingChanges;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * booking-service's {@code booking.*} events keep payment's view of each booking current. Its own consumer group: the
 * refund listener reads the same topic for {@code refund.requested}, and each must see every event.
 */
@Component
class BookingViewListener {

    static final String CONSUMER = "payment.booking-view";

    private final Inbox inbox;
    private final EventReader reader;
    private final BookingChanges changes;

    BookingViewListener(Inbox inbox, EventReader reader, BookingChanges changes) {
        this.inbox = inbox;
        this.reader = reader;
        this.changes = changes;
    }

    @KafkaListener(topics = "${allocar.payment.booking-topic:booking.bookings}", groupId = "${spring.application.name}.booking-view")
    @Transactional
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        HeardBookingEvent.fromWire(event.type())
                .filter(type -> inbox.firstDelivery(event.eventId(), CONSUMER))
                .ifPresent(type -> changes.apply(reader.payload(event, BookingChanged.class), event.occurredAt()));
    }
}
