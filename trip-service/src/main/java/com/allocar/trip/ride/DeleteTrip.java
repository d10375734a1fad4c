package com.allocar.trip.ride;

import java.util.List;
import java.util.UUID;

import com.allocar.trip.api.HoldReleaseReason;
import com.allocar.trip.hold.ReleaseTripHolds;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Only a trip nobody paid for; seats merely held are released (their bookings are named in {@code trip.deleted}). */
@Service
public class DeleteTrip {

    private final TripRepository trips;
    private final TripAccess access;
    private final ReleaseTripHolds holds;

    DeleteTrip(TripRepository trips, TripAccess access, ReleaseTripHolds holds) {
        this.trips = trips;
        this.access = access;
        this.holds = holds;
    }

    @Transactional
    public void delete(UUID id, UUID driverId) {
        Trip trip = access.owned(id, driverId);
        List<UUID> bookings = holds.releaseAll(id, HoldReleaseReason.TRIP_DELETED);
        trip.delete(bookings);
        trips.delete(trip);
        trips.flush();
    }
}
