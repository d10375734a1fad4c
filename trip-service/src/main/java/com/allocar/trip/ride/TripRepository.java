package com.allocar.trip.ride;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TripRepository extends JpaRepository<Trip, UUID>, JpaSpecificationExecutor<Trip> {

    /**
     * Every change of a trip locks its row first (then its holds): the same order as the seat-hold SQL,
     * so the two never deadlock, and the seat counters read here are the committed ones.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT t FROM Trip t WHERE t.id = :id")
    Optional<Trip> findForUpdate(UUID id);

    boolean existsByDriverIdAndStatusNot(UUID driverId, TripStatus status);
}
