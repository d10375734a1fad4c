package com.allocar.payment.payout;

import java.util.Set;

import com.allocar.platform.lifecycle.Lifecycle;

/** The spec's payout lifecycle: scheduled → processing → done | failed (scheduled → failed when nothing could be reserved). */
public enum PayoutStatus {
    SCHEDULED, PROCESSING, DONE, FAILED;

    private static final Lifecycle<PayoutStatus> LIFECYCLE = Lifecycle.of("Payout", PayoutStatus.class)
            .from(SCHEDULED).to(PROCESSING, FAILED)
            .from(PROCESSING).to(DONE, FAILED)
            .build();

    public Set<PayoutStatus> next() {
        return LIFECYCLE.next(this);
    }

    public boolean canBecome(PayoutStatus target) {
        return LIFECYCLE.allows(this, target);
    }

    /** @return {@code target}, if this status may move to it; else an {@link com.allocar.platform.lifecycle.IllegalTransition} */
    public PayoutStatus moveTo(PayoutStatus target) {
        return LIFECYCLE.require(this, target);
    }

    public boolean inFlight() {
        return this == SCHEDULED || this == PROCESSING;
    }

    public String wire() {
        return Lifecycle.wire(this);
    }

    public static PayoutStatus fromWire(String s) {
        return LIFECYCLE.fromWire(s).orElseThrow(() -> new IllegalArgumentException("unknown payout status " + s));
    }
}
