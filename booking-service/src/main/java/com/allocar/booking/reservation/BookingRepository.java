package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
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

    /** The booking, locked; 404 {@code not_found} when there is none. */
    default Booking lockExisting(UUID id) {
        return lockById(id).orElseThrow(() -> ApiException.notFound("booking", id));
    }

    /** The booking; 404 {@code not_found} when there is none. */
    default Booking existing(UUID id) {
        return findById(id).orElseThrow(() -> ApiException.notFound("booking", id));
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.tripId = ?1 and b.status in ?2 order by b.createdAt")
    List<Booking> lockByTripAndStatusIn(UUID tripId, Collection<BookingStatus> statuses);

    /** The anti-fraud count: bookings of the window never paid, except those cancelled for {@code notCounted}. */
    @Query("""
            select count(b) from Booking b where b.passengerId = ?1 and b.createdAt > ?2 and b.paidAt is null
            and (b.cancelReason is null or b.cancelReason <> ?3)""")
    long countUnpaidSince(UUID passengerId, Instant since, CancelReason notCounted);

    @Query("""
            select min(b.createdAt) from Booking b where b.passengerId = ?1 and b.createdAt > ?2 and b.paidAt is null
            and (b.cancelReason is null or b.cancelReason <> ?3)""")
    Optional<Instant> oldestUnpaidSince(UUID passengerId, Instant since, CancelReason notCounted);

    @Query("""
            select b.id from Booking b where b.status = ?1
            and b.holdId is not null and b.holdReleasedAt is null order by b.cancelledAt""")
    List<UUID> holdsToRelease(BookingStatus cancelled, org.springframework.data.domain.Limit limit);
}
