package com.allocar.trip.hold;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.trip.search.TripsChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds seats for a booking, so a trip can never be oversold: the hold row and the trip's conditional counter UPDATE
 * ({@link TripSeats#take}) commit together or not at all. Idempotent per booking.
 */
@Service
public class HoldSeats {

    private final SeatHoldRepository holds;
    private final TripSeats seats;
    private final ApplicationEventPublisher events;

    HoldSeats(SeatHoldRepository holds, TripSeats seats, ApplicationEventPublisher events) {
        this.holds = holds;
        this.seats = seats;
        this.events = events;
    }

    /** What booking-service asks for. */
    public record Request(UUID bookingId, UUID passengerId, int seats, Duration ttl) {
    }

    @Transactional
    public HoldOutcome hold(UUID tripId, Request request) {
        Optional<SeatHold> existing = holds.byBooking(request.bookingId());
        if (existing.isPresent()) {
            return replay(existing.get(), tripId, request);
        }
        UUID driver = seats.driverOf(tripId).orElseThrow(() -> ApiException.notFound("trip", tripId));
        if (driver.equals(request.passengerId())) {
            throw ApiException.forbidden("A driver cannot book a seat on their own trip");
        }
        Instant expiresAt = Instant.now().plus(request.ttl()).truncatedTo(ChronoUnit.MILLIS); // as stored
        SeatHold hold = SeatHold.place(tripId, request, expiresAt);
        if (!holds.insert(hold)) { // the same booking raced us and won: answer with its hold
            return replay(holds.byBooking(request.bookingId()).orElseThrow(), tripId, request);
        }
        TripSeats.Taken taken = seats.take(tripId, request.seats());
        if (taken.seatsLeft().isEmpty()) {
            throw taken.refusal(); // rolls the hold row back too
        }
        events.publishEvent(TripsChanged.at(seats.departure(tripId).orElse(null)));
        return new HoldOutcome(hold, taken.seatsLeft().get(), true);
    }

    private HoldOutcome replay(SeatHold existing, UUID tripId, Request request) {
        if (!existing.sameAs(tripId, request)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("booking_id", existing.getBookingId().toString());
            details.put("hold_id", existing.getId().toString());
            details.put("trip_id", existing.getTripId().toString());
            details.put("seats", existing.getSeats());
            throw ApiException.conflict("This booking already holds seats with different details", details);
        }
        return new HoldOutcome(existing, seats.available(existing.getTripId()), false);
    }
}
