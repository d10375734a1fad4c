package com.allocar.trip.hold;

import java.time.Instant;
import java.util.UUID;

import com.allocar.trip.api.HoldReleaseReason;
import com.allocar.trip.search.TripsChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A booking was cancelled (before or after payment): its hold's seats come back. Idempotent. */
@Service
public class ReleaseHold {

    private final HoldLocks locks;
    private final SeatHoldRepository holds;
    private final TripSeats seats;
    private final ApplicationEventPublisher events;

    ReleaseHold(HoldLocks locks, SeatHoldRepository holds, TripSeats seats, ApplicationEventPublisher events) {
        this.locks = locks;
        this.holds = holds;
        this.seats = seats;
        this.events = events;
    }

    @Transactional
    public HoldOutcome release(UUID holdId, HoldReleaseReason reason) {
        SeatHold hold = locks.lock(holdId);
        boolean paid = hold.getStatus() == HoldStatus.CONFIRMED;
        if (!hold.release(reason, Instant.now())) {
            return new HoldOutcome(hold, seats.available(hold.getTripId()), false);
        }
        holds.save(hold);
        int left = seats.giveBack(hold.getTripId(), hold.getSeats(), paid);
        events.publishEvent(TripsChanged.at(seats.departure(hold.getTripId()).orElse(null)));
        return new HoldOutcome(hold, left, true);
    }
}
