package com.allocar.trip.hold;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.trip.search.TripsChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Holds whose booking was not paid in time give their seats back, each announced once as {@code seat_hold.expired}. */
@Service
public class ExpireHolds {

    private final SeatHoldRepository holds;
    private final TripSeats seats;
    private final ApplicationEventPublisher events;

    ExpireHolds(SeatHoldRepository holds, TripSeats seats, ApplicationEventPublisher events) {
        this.holds = holds;
        this.seats = seats;
        this.events = events;
    }

    /** Trips with at least one held hold past its expiry (oldest first). */
    public List<UUID> tripsWithExpiredHolds(int limit) {
        return holds.tripsWithExpiredHolds(Instant.now(), limit);
    }

    /**
     * Expires the held (unpaid) holds of one trip whose time is up.
     *
     * @return how many expired
     */
    @Transactional
    public int expire(UUID tripId) {
        Optional<Instant> departure = seats.lock(tripId);
        if (departure.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        List<SeatHold> expired = holds.expiredForUpdate(tripId, now);
        for (SeatHold hold : expired) {
            hold.expire(now);
            holds.save(hold);
            seats.giveBack(tripId, hold.getSeats(), false);
        }
        if (!expired.isEmpty()) {
            events.publishEvent(TripsChanged.at(departure.get()));
        }
        return expired.size();
    }
}
