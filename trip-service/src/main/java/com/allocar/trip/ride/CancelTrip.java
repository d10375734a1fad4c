package com.allocar.trip.ride;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.allocar.trip.api.HoldReleaseReason;
import com.allocar.trip.hold.ReleaseTripHolds;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trip called off, by its driver or by a staff member: every hold is released and the bookings concerned are named in
 * {@code trip.cancelled} (booking-service cancels and refunds them).
 */
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
        callOff(trip, bookings -> trip.cancel(reason, bookings, Instant.now()));
        return detailed.of(trip);
    }

    /** Moderation (admin-service): any trip that has not left, whoever drives it; audited with the staff member. */
    @Transactional
    public Trip cancelByStaff(UUID id, UUID staffId, String reason) {
        Trip trip = access.locked(id);
        callOff(trip, bookings -> trip.cancelByStaff(staffId, reason, bookings, Instant.now()));
        return trip;
    }

    /** Holds first (a refusal of the transition rolls their release back), then the trip's own move. */
    private void callOff(Trip trip, Consumer<List<UUID>> transition) {
        List<UUID> bookings = holds.releaseAll(trip.getId(), HoldReleaseReason.TRIP_CANCELLED);
        em.refresh(trip); // the seat counters the release set
        transition.accept(bookings);
        trips.saveAndFlush(trip);
    }
}
