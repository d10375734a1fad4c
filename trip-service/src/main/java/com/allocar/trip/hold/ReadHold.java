package com.allocar.trip.hold;

import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.trip.api.TripInternalApi.TripSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A hold as it is, and what a booking needs of its trip. */
@Service
public class ReadHold {

    private final SeatHoldRepository holds;
    private final TripSeats seats;

    ReadHold(SeatHoldRepository holds, TripSeats seats) {
        this.holds = holds;
        this.seats = seats;
    }

    @Transactional(readOnly = true)
    public HoldOutcome get(UUID holdId) {
        SeatHold hold = holds.find(holdId).orElseThrow(() -> ApiException.notFound("seat_hold", holdId));
        return new HoldOutcome(hold, seats.available(hold.getTripId()), false);
    }

    /** Read after the hold committed, so its seats count the hold. */
    @Transactional(readOnly = true)
    public Optional<TripSummary> tripSummary(UUID tripId) {
        return seats.summary(tripId);
    }
}
