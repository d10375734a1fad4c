package com.allocar.trip.stop;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TripStopRepository extends JpaRepository<TripStop, UUID> {

    @Query("SELECT s FROM TripStop s WHERE s.tripId = :tripId ORDER BY s.order")
    List<TripStop> ofTrip(UUID tripId);

    /** Bulk delete before inserting the new list: the (trip, order) key would clash if Hibernate inserted first. */
    @Modifying(flushAutomatically = true)
    @Query("DELETE FROM TripStop s WHERE s.tripId = :tripId")
    int deleteAllOfTrip(UUID tripId);
}
