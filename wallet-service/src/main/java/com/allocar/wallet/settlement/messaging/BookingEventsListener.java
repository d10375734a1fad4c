package com.allocar.wallet.settlement.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.allocar.wallet.settlement.ApplyPenalty;
import com.allocar.wallet.settlement.CompleteBooking;
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
    private final CompleteBooking completions;
    private final ApplyPenalty penalties;

    BookingEventsListener(EventReader reader, Inbox inbox, CompleteBooking completions, ApplyPenalty penalties) {
        this.reader = reader;
        this.inbox = inbox;
        this.completions = completions;
        this.penalties = penalties;
    }

    @KafkaListener(topics = TOPIC)
    @Transactional
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        HeardEvent type = HeardEvent.of(event.type())
                .filter(t -> t == HeardEvent.BOOKING_COMPLETED || t == HeardEvent.DRIVER_PENALIZED).orElse(null);
        if (type == null || !inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        if (type == HeardEvent.BOOKING_COMPLETED) {
            BookingChanged b = reader.payload(event, BookingChanged.class);
            Instant at = b.occurredAt() != null ? b.occurredAt() : event.occurredAt() != null ? event.occurredAt() : Instant.now();
            completions.completed(b.bookingId(), b.passengerId(), b.driverId(), at);
        } else {
            DriverPenalized p = reader.payload(event, DriverPenalized.class);
            if (p.amount() != null && p.amount().signum() > 0) {
                penalties.penalized(p.penaltyId(), p.driverId(), p.tripId(), p.amount(), p.reason());
            }
        }
    }
}
