package com.allocar.trip.hold;

import java.util.UUID;

import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loads a hold for a change: its trip row locked first, then the hold — the one lock order of the service. */
@Component
class HoldLocks {

    private final SeatHoldRepository holds;
    private final TripSeats seats;

    HoldLocks(SeatHoldRepository holds, TripSeats seats) {
        this.holds = holds;
        this.seats = seats;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    SeatHold lock(UUID holdId) {
        UUID tripId = holds.tripOf(holdId).orElseThrow(() -> ApiException.notFound("seat_hold", holdId));
        seats.lock(tripId);
        return holds.findForUpdate(holdId).orElseThrow(() -> ApiException.notFound("seat_hold", holdId));
    }
}
