package com.allocar.booking.reservation.messaging;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import com.allocar.booking.reservation.CancelReason;
import com.allocar.booking.reservation.FollowTripEvents;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What booking-service reads of trip-service's events ({@code trip.trips}): hold expiry, trips called off or moved.
 * The payload records are ours: only the fields we use (trip-service's classes are not on our classpath).
 */
@Component
class TripEventsListener {

    static final String TOPIC = "trip.trips";

    /** The types we read (trip.created / published / started / completed: nothing for bookings). */
    enum Type {
        SEAT_HOLD_EXPIRED("seat_hold.expired"), TRIP_CANCELLED("trip.cancelled"), TRIP_DELETED("trip.deleted"),
        TRIP_UPDATED("trip.updated");

        private final String wire;

        Type(String wire) {
            this.wire = wire;
        }

        String wire() {
            return wire;
        }

        static Optional<Type> of(String wire) {
            return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeatHoldExpired(UUID holdId, UUID bookingId, UUID tripId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TripCalledOff(UUID tripId) {
    }

    /** {@code cancelled_by} is absent from events written before staff could cancel: those were the driver's. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TripCancelled(UUID tripId, String cancelledBy, UUID staffId) {

        static final String BY_STAFF = "admin";

        boolean byStaff() {
            return BY_STAFF.equals(cancelledBy);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TripDetails(UUID tripId, Instant departureTime) {
    }

    private final EventReader reader;
    private final FollowTripEvents saga;

    TripEventsListener(EventReader reader, FollowTripEvents saga) {
        this.reader = reader;
        this.saga = saga;
    }

    @KafkaListener(topics = TOPIC)
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        Optional<Type> type = Type.of(event.type());
        if (type.isEmpty()) {
            return;
        }
        switch (type.get()) {
            case SEAT_HOLD_EXPIRED -> {
                SeatHoldExpired e = reader.payload(event, SeatHoldExpired.class);
                saga.holdExpired(event.eventId(), e.bookingId(), e.holdId());
            }
            case TRIP_CANCELLED -> {
                TripCancelled t = reader.payload(event, TripCancelled.class);
                if (t.byStaff()) {
                    saga.tripCancelledByStaff(event.eventId(), t.tripId(), t.staffId());
                } else {
                    saga.tripCalledOff(event.eventId(), t.tripId(), CancelReason.TRIP_CANCELLED);
                }
            }
            case TRIP_DELETED -> saga.tripCalledOff(event.eventId(), reader.payload(event, TripCalledOff.class).tripId(),
                    CancelReason.TRIP_DELETED);
            case TRIP_UPDATED -> {
                TripDetails t = reader.payload(event, TripDetails.class);
                if (t.departureTime() != null) {
                    saga.tripRescheduled(event.eventId(), t.tripId(), t.departureTime());
                }
            }
        }
    }
}
