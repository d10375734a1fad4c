package com.allocar.booking.reservation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import com.allocar.platform.lifecycle.IllegalTransition;
import com.allocar.platform.lifecycle.Lifecycle;

/**
 * The booking state machine of the spec, in one table: pending → accepted → paid → completed; pending / accepted /
 * paid → cancelled. Cancelled and completed are final. Every illegal move is an {@link IllegalTransition} carrying the
 * current state and the states allowed from it (409 conflict on the wire).
 */
public enum BookingStatus {
    PENDING, ACCEPTED, PAID, CANCELLED, COMPLETED;

    private static final Lifecycle<BookingStatus> LIFECYCLE = Lifecycle.of("Booking", BookingStatus.class)
            .from(PENDING).to(ACCEPTED, CANCELLED)
            .from(ACCEPTED).to(PAID, CANCELLED)
            .from(PAID).to(COMPLETED, CANCELLED)
            .build();

    /** Seats are still taken for these (held or confirmed). */
    public static final Set<BookingStatus> LIVE = Collections.unmodifiableSet(EnumSet.of(PENDING, ACCEPTED, PAID));

    public Set<BookingStatus> next() {
        return LIFECYCLE.next(this);
    }

    public boolean canBecome(BookingStatus target) {
        return LIFECYCLE.allows(this, target);
    }

    /** @return {@code target}, if this state may move to it */
    public BookingStatus moveTo(BookingStatus target) {
        return LIFECYCLE.require(this, target);
    }

    /** Seats are still taken for this booking (held or confirmed). */
    public boolean active() {
        return LIVE.contains(this);
    }

    public IllegalTransition cannotBecome(BookingStatus target) {
        return LIFECYCLE.illegal(this, target);
    }

    /** A refusal for an action that needs another state (e.g. check-in on an unpaid booking). */
    public IllegalTransition conflict(String message) {
        return LIFECYCLE.refuse(this, message);
    }

    public String wire() {
        return Lifecycle.wire(this);
    }
}
