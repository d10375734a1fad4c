package com.allocar.messaging.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.TestEvents;

/** booking-service's events on the real broker, shaped like its fixtures (BookingChanged), as its outbox relay sends them. */
public final class BookingEvents {

    public static final String TOPIC = "booking.bookings";

    private BookingEvents() {
    }

    /** One envelope, ready to send (send it twice to play a redelivery). */
    public record Event(UUID eventId, String key, String json) {
        public Event send() {
            TestEvents.send(TOPIC, key, json);
            return this;
        }
    }

    /** A booking's parties and trip. */
    public record Booking(UUID id, UUID tripId, UUID passenger, UUID driver, Instant departure) {
        public static Booking fresh() {
            return new Booking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.now().plusSeconds(86400));
        }
    }

    public static Event change(Booking b, String type, String status, String previous, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("booking_id", b.id().toString());
        p.put("trip_id", b.tripId().toString());
        p.put("passenger_id", b.passenger().toString());
        p.put("driver_id", b.driver().toString());
        p.put("seats", 1);
        p.put("amount_total", 4500.0);
        p.put("currency", "XOF");
        p.put("status", status);
        p.put("previous_status", previous);
        p.put("by", "user");
        p.put("departure_time", b.departure().toString());
        p.put("occurred_at", at.toString());
        UUID eventId = UUID.randomUUID();
        return new Event(eventId, b.id().toString(), TestEvents.envelope(eventId, type, b.id().toString(), at, p));
    }

    public static Event created(Booking b, Instant at) {
        return change(b, "booking.created", "pending", null, at);
    }

    public static Event accepted(Booking b, Instant at) {
        return change(b, "booking.accepted", "accepted", "pending", at);
    }

    public static Event paid(Booking b, Instant at) {
        return change(b, "booking.paid", "paid", "accepted", at);
    }

    public static Event cancelled(Booking b, Instant at) {
        return change(b, "booking.cancelled", "cancelled", "paid", at);
    }

    public static Event rejected(Booking b, Instant at) {
        return change(b, "booking.rejected", "cancelled", "pending", at);
    }

    public static Event completed(Booking b, Instant at) {
        return change(b, "booking.completed", "completed", "paid", at);
    }
}
