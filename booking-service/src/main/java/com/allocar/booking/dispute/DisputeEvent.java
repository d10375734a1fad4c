package com.allocar.booking.dispute;

import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.events.DomainEvent;

/**
 * What a {@link Dispute} records of its transitions, with what it knows of itself; {@link DisputeEventWriter} adds the
 * booking's parties and publishes them. The category is its wire name, as stored.
 */
public sealed interface DisputeEvent extends DomainEvent {

    UUID disputeId();

    UUID bookingId();

    /** A party opened a dispute about a booking. */
    record DisputeOpened(UUID disputeId, UUID bookingId, UUID openedBy, String category, Instant at) implements DisputeEvent {
    }

    /** A staff member moved it on (in review), decided it (resolved, rejected) or edited its resolution ({@code from == to}). */
    record DisputeReviewed(UUID disputeId, UUID bookingId, UUID openedBy, String category, DisputeStatus from, DisputeStatus to,
                           String resolution, UUID staffId, Instant at) implements DisputeEvent {
    }
}
