package com.allocar.booking.dispute;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DisputeRepository extends JpaRepository<Dispute, UUID> {

    boolean existsByBookingIdAndOpenedByAndStatusIn(UUID bookingId, UUID openedBy, java.util.Collection<DisputeStatus> statuses);
}
