package com.allocar.trip.hold;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payment done: the hold's seats are taken for good. Idempotent. */
@Service
public class ConfirmHold {

    private final HoldLocks locks;
    private final SeatHoldRepository holds;
    private final TripSeats seats;

    ConfirmHold(HoldLocks locks, SeatHoldRepository holds, TripSeats seats) {
        this.locks = locks;
        this.holds = holds;
        this.seats = seats;
    }

    @Transactional
    public HoldOutcome confirm(UUID holdId) {
        SeatHold hold = locks.lock(holdId);
        if (!hold.confirm(Instant.now())) {
            return new HoldOutcome(hold, seats.available(hold.getTripId()), false);
        }
        holds.save(hold);
        return new HoldOutcome(hold, seats.confirm(hold.getTripId(), hold.getSeats()), true);
    }
}
