package com.allocar.booking.reservation;

import java.util.UUID;

import com.allocar.booking.cancellation.domain.Initiator;

/**
 * One cancellation asked of a booking.
 *
 * @param initiator who called it off, as the cancellation rules see it
 * @param by        who made the change (audit trail, {@code cancelled_by})
 * @param actorId   the user, when {@code by} is a person
 * @param note      the person's own words, if any (audit trail only)
 * @param holdGone  trip-service released the seats already (expiry, trip cancelled or deleted)
 */
public record CancelRequest(Initiator initiator, Actor by, UUID actorId, CancelReason reason, String note, boolean holdGone) {

    /** A cancellation nobody asked for (expiry, a trip called off or completed). */
    static CancelRequest bySystem(Initiator initiator, CancelReason reason, boolean holdGone) {
        return new CancelRequest(initiator, Actor.SYSTEM, null, reason, null, holdGone);
    }
}
