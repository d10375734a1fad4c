package com.allocar.booking.dispute;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import com.allocar.platform.lifecycle.Lifecycle;

/** open → in_review → resolved | rejected (open may be decided at once). Resolved and rejected are final. */
public enum DisputeStatus {
    OPEN, IN_REVIEW, RESOLVED, REJECTED;

    private static final Lifecycle<DisputeStatus> LIFECYCLE = Lifecycle.of("Dispute", DisputeStatus.class)
            .from(OPEN).to(IN_REVIEW, RESOLVED, REJECTED)
            .from(IN_REVIEW).to(RESOLVED, REJECTED)
            .build();

    /** Not decided yet: a party has at most one of these per booking. */
    public static final Set<DisputeStatus> UNDECIDED = Collections.unmodifiableSet(EnumSet.of(OPEN, IN_REVIEW));

    public Set<DisputeStatus> next() {
        return LIFECYCLE.next(this);
    }

    public boolean decided() {
        return this == RESOLVED || this == REJECTED;
    }

    public DisputeStatus moveTo(DisputeStatus target) {
        return LIFECYCLE.require(this, target);
    }

    public String wire() {
        return Lifecycle.wire(this);
    }
}
