package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.HoldReleaseReason;
import com.allocar.trip.hold.ReleaseTripHolds;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The driver calls a trip off: every hold is released and the bookings concerned are named in {@code trip.cancelled}. */
@Service
public class CancelTrip {

    private final TripRepository trips;
    private final TripAccess access;
    private final ReleaseTripHolds holds;
    private final DetailedTripReader detailed;
    private final EntityManager em;

    CancelTrip(TripRepository trips, TripAccess access, ReleaseTripHolds holds, DetailedTripReader detailed, EntityManager em) {
        this.trips = trips;
        this.access = access;
        this.holds = holds;
        this.detailed = detailed;
        this.em = em;
    }

    @Transactional
    public DetailedTrip cancel(UUID id, UUID driverId, String reason) {
        Trip trip = access.owned(id, driverId);
        List<UUID> bookings = holds.releaseAll(id, HoldReleaseReason.TRIP_CANCELLED);
        em.refresh(trip); // the seat counters the release set
        trip.cancel(reason, bookings, Instant.now());
        trips.saveAndFlush(trip);
        return detailed.of(trip);
    }
}
