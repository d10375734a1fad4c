package com.allocar.trip.ride;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.allocar.platform.lifecycle.IllegalTransition;
import com.allocar.platform.lifecycle.Lifecycle;

/**
 * The trip lifecycle, in one table: draft → published → ongoing → completed, and cancelled from draft or published.
 * Nothing follows completed or cancelled. An illegal move is an {@link IllegalTransition} naming the current state and
 * the allowed ones (409 conflict on the wire).
 */
public enum TripStatus {
    DRAFT, PUBLISHED, ONGOING, COMPLETED, CANCELLED;

    private static final Lifecycle<TripStatus> LIFECYCLE = Lifecycle.of("Trip", TripStatus.class)
            .from(DRAFT).to(PUBLISHED, CANCELLED)
            .from(PUBLISHED).to(ONGOING, CANCELLED)
            .from(ONGOING).to(COMPLETED)
            .build();

    /** The states in which the driver may still edit or delete the trip: it has not left. */
    private static final Set<TripStatus> EDITABLE = EnumSet.of(DRAFT, PUBLISHED);

    public Set<TripStatus> next() {
        return LIFECYCLE.next(this);
    }

    public boolean canBecome(TripStatus target) {
        return LIFECYCLE.allows(this, target);
    }

    /** @return the target, when this state may move to it */
    public TripStatus moveTo(TripStatus target) {
        return LIFECYCLE.require(this, target);
    }

    /** A request for the state it is already in (start twice, complete twice): answered as done. */
    public boolean isRepeat(TripStatus target) {
        return LIFECYCLE.isRepeat(this, target);
    }

    /** The driver may still edit the trip (its time, price, seats, stops…) in these states. */
    public boolean editable() {
        return EDITABLE.contains(this);
    }

    public void checkEditable() {
        if (!editable()) {
            throw notEditable("can no longer be changed");
        }
    }

    /** A trip that never left may be deleted (and only without paid seats, checked by the trip). */
    public void checkDeletable() {
        if (!editable()) {
            throw notEditable("cannot be deleted");
        }
    }

    public String wire() {
        return Lifecycle.wire(this);
    }

    /** Not a move but an action that needs a trip that has not left: the allowed states are where it still could. */
    private IllegalTransition notEditable(String what) {
        List<String> allowed = EDITABLE.stream().map(TripStatus::wire).sorted().toList();
        return new IllegalTransition("Trip is " + wire() + " and " + what, wire(), allowed);
    }
}
