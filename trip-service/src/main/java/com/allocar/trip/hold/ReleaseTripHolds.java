package com.allocar.trip.hold;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.HoldReleaseReason;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A trip is cancelled or deleted: every hold on it is released, and every seat is free again. */
@Service
public class ReleaseTripHolds {

    private final SeatHoldRepository holds;
    private final TripSeats seats;

    ReleaseTripHolds(SeatHoldRepository holds, TripSeats seats) {
        this.holds = holds;
        this.seats = seats;
    }

    /**
     * For a trip whose row the caller has locked.
     *
     * @return the bookings that held or paid seats
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> releaseAll(UUID tripId, HoldReleaseReason reason) {
        Instant now = Instant.now();
        List<UUID> bookings = new ArrayList<>();
        for (SeatHold hold : holds.takingSeatsForUpdate(tripId)) {
            hold.release(reason, now);
            holds.save(hold);
            bookings.add(hold.getBookingId());
        }
        seats.clear(tripId);
        return bookings;
    }
}
