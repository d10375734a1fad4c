package com.allocar.booking.dispute;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DisputeRepository extends JpaRepository<Dispute, UUID>, JpaSpecificationExecutor<Dispute> {

    boolean existsByBookingIdAndOpenedByAndStatusIn(UUID bookingId, UUID openedBy, Collection<DisputeStatus> statuses);

    /** A review locks the row: two staff members deciding at once are decided one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dispute d where d.id = ?1")
    Optional<Dispute> lockById(UUID id);

    /** The dispute, locked; 404 {@code not_found} when there is none. */
    default Dispute lockExisting(UUID id) {
        return lockById(id).orElseThrow(() -> ApiException.notFound("dispute", id));
    }

    /** The dispute; 404 {@code not_found} when there is none. */
    default Dispute existing(UUID id) {
        return findById(id).orElseThrow(() -> ApiException.notFound("dispute", id));
    }
}
