package com.allocar.trip.hold;

import java.util.Set;

import com.allocar.platform.lifecycle.IllegalTransition;
import com.allocar.platform.lifecycle.Lifecycle;

/**
 * A seat hold's lifecycle, in one table: held → confirmed (paid) | released (cancelled) | expired (not paid in time);
 * confirmed → released (a paid booking cancelled). Released and expired are final.
 */
public enum HoldStatus {
    HELD, CONFIRMED, RELEASED, EXPIRED;

    private static final Lifecycle<HoldStatus> LIFECYCLE = Lifecycle.of("Seat hold", HoldStatus.class)
            .from(HELD).to(CONFIRMED, RELEASED, EXPIRED)
            .from(CONFIRMED).to(RELEASED)
            .build();

    public Set<HoldStatus> next() {
        return LIFECYCLE.next(this);
    }

    /** @return {@code target}, if this state may move to it */
    public HoldStatus moveTo(HoldStatus target) {
        return LIFECYCLE.require(this, target);
    }

    /** Seats this hold still takes on its trip. */
    public boolean takesSeats() {
        return this == HELD || this == CONFIRMED;
    }

    public IllegalTransition cannotBecome(HoldStatus target) {
        return LIFECYCLE.illegal(this, target);
    }

    /** A refusal for an action that needs another state. */
    public IllegalTransition conflict(String message) {
        return LIFECYCLE.refuse(this, message);
    }

    public String wire() {
        return Lifecycle.wire(this);
    }
}
