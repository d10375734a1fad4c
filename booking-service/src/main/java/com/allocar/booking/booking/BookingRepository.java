package com.allocar.booking.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, UUID>, JpaSpecificationExecutor<Booking> {

    /** Every state change locks the row: concurrent changes (driver, passenger, saga events) queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.id = ?1")
    Optional<Booking> lockById(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.tripId = ?1 order by b.createdAt")
    List<Booking> lockByTrip(UUID tripId);

    /** The anti-fraud count: bookings of the window never paid, except those the driver turned down. */
    @Query("""
            select count(b) from Booking b where b.passengerId = ?1 and b.createdAt > ?2 and b.paidAt is null
            and (b.cancelReason is null or b.cancelReason <> 'rejected')""")
    long countUnpaidSince(UUID passengerId, Instant since);

    @Query("""
            select min(b.createdAt) from Booking b where b.passengerId = ?1 and b.createdAt > ?2 and b.paidAt is null
            and (b.cancelReason is null or b.cancelReason <> 'rejected')""")
    Optional<Instant> oldestUnpaidSince(UUID passengerId, Instant since);

    @Query("""
            select b.id from Booking b where b.status = com.allocar.booking.booking.BookingStatus.CANCELLED
            and b.holdId is not null and b.holdReleasedAt is null order by b.cancelledAt""")
    List<UUID> holdsToRelease(org.springframework.data.domain.Limit limit);
}
