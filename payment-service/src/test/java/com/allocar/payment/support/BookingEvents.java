package com.allocar.payment.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.TestEvents;

/** Publishes booking-shaped events to the real broker, as booking-service's outbox relay does. */
public final class BookingEvents {

    private BookingEvents() {
    }

    public static String envelope(UUID eventId, String type, String aggregateId, Map<String, Object> payload) {
        return TestEvents.envelope(eventId, type, aggregateId, Instant.now(), payload);
    }

    public static void send(String key, String envelope) {
        TestEvents.send("booking.bookings", key, envelope);
    }

    /** A {@code refund.requested} envelope (ADR 006). */
    public static String refundRequested(UUID eventId, UUID refundId, UUID booking, UUID passenger, long paid, long refund, long fee,
                                         String reason) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("refund_id", refundId.toString());
        p.put("booking_id", booking.toString());
        p.put("passenger_id", passenger.toString());
        p.put("driver_id", UUID.randomUUID().toString());
        p.put("amount_paid", BigDecimal.valueOf(paid));
        p.put("refund_amount", BigDecimal.valueOf(refund));
        p.put("fee_amount", BigDecimal.valueOf(fee));
        p.put("currency", "XOF");
        p.put("reason", reason);
        p.put("requested_at", Instant.now().toString());
        return envelope(eventId, "refund.requested", booking.toString(), p);
    }
}
