package com.allocar.booking.booking.messaging;

import java.util.UUID;

import com.allocar.booking.booking.BookingSaga;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What booking-service reads of trip-service's events ({@code trip.trips}): hold expiry and trips called off.
 * The payload records are ours: only the fields we use (trip-service's classes are not on our classpath).
 */
@Component
class TripEventsListener {

    static final String TOPIC = "trip.trips";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeatHoldExpired(UUID holdId, UUID bookingId, UUID tripId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TripCalledOff(UUID tripId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TripDetails(UUID tripId, java.time.Instant departureTime) {
    }

    private final EventReader reader;
    private final BookingSaga saga;

    TripEventsListener(EventReader reader, BookingSaga saga) {
        this.reader = reader;
        this.saga = saga;
    }

    @KafkaListener(topics = TOPIC)
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        switch (event.type()) {
            case "seat_hold.expired" -> {
                SeatHoldExpired e = reader.payload(event, SeatHoldExpired.class);
                saga.holdExpired(event.eventId(), e.bookingId(), e.holdId());
            }
            case "trip.cancelled" -> saga.tripCalledOff(event.eventId(), reader.payload(event, TripCalledOff.class).tripId(), "trip_cancelled");
            case "trip.deleted" -> saga.tripCalledOff(event.eventId(), reader.payload(event, TripCalledOff.class).tripId(), "trip_deleted");
            case "trip.updated" -> {
                TripDetails t = reader.payload(event, TripDetails.class);
                if (t.departureTime() != null) {
                    saga.tripRescheduled(event.eventId(), t.tripId(), t.departureTime());
                }
            }
            default -> {
                // trip.created / published / started / completed: nothing for bookings
            }
        }
    }
}
