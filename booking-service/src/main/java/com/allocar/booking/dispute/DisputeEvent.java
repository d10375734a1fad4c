package com.allocar.booking.dispute;

import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.events.DomainEvent;

/**
 * What a {@link Dispute} records of its transitions. Disputes publish nothing and keep no audit table (yet): the
 * records are the seam where an audit or an event would attach, without touching the aggregate.
 */
public sealed interface DisputeEvent extends DomainEvent {

    UUID disputeId();

    /** A party opened a dispute about a booking. */
    record DisputeOpened(UUID disputeId, UUID bookingId, UUID openedBy, DisputeCategory category, Instant at) implements DisputeEvent {
    }

    /** An admin moved it on (in review) or decided it (resolved, rejected). */
    record DisputeReviewed(UUID disputeId, DisputeStatus from, DisputeStatus to, UUID admin, Instant at) implements DisputeEvent {
    }
}
