package com.allocar.wallet.settlement.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.allocar.wallet.settlement.Settlements;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * booking-service's {@code booking.bookings}: {@code booking.completed} (earning withdrawable, referral reward) and
 * {@code driver.penalized} (a penalty debit). Each event applied once (inbox in the same transaction).
 */
@Component
class BookingEventsListener {

    static final String TOPIC = "booking.bookings";
    static final String CONSUMER = "wallet.bookings";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BookingChanged(UUID bookingId, UUID passengerId, UUID driverId, String status, Instant occurredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DriverPenalized(UUID penaltyId, UUID driverId, UUID tripId, UUID bookingId, BigDecimal amount, String reason) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final Settlements settlements;

    BookingEventsListener(EventReader reader, Inbox inbox, Settlements settlements) {
        this.reader = reader;
        this.inbox = inbox;
        this.settlements = settlements;
    }

    @KafkaListener(topics = TOPIC)
    @Transactional
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        boolean handled = "booking.completed".equals(event.type()) || "driver.penalized".equals(event.type());
        if (!handled || !inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        if ("booking.completed".equals(event.type())) {
            BookingChanged b = reader.payload(event, BookingChanged.class);
            Instant at = b.occurredAt() != null ? b.occurredAt() : event.occurredAt() != null ? event.occurredAt() : Instant.now();
            settlements.bookingCompleted(b.bookingId(), b.passengerId(), b.driverId(), at);
        } else {
            DriverPenalized p = reader.payload(event, DriverPenalized.class);
            if (p.amount() != null && p.amount().signum() > 0) {
                settlements.penalized(p.penaltyId(), p.driverId(), p.tripId(), p.amount(), p.reason());
            }
        }
    }
}
