package com.allocar.wallet.api;

import com.allocar.platform.lifecycle.Lifecycle;

/**
 * An entry's lifecycle: pending → settled | cancelled, and nothing else (the database trigger enforces the same).
 * An entry is otherwise never changed: a correction is a new entry.
 */
public enum EntryStatus {
    PENDING, SETTLED, CANCELLED;

    /** The states a writer may create an entry in, for request validation. */
    public static final String WRITABLE_PATTERN = "settled|pending";

    public static final Lifecycle<EntryStatus> LIFECYCLE = Lifecycle.of("Entry", EntryStatus.class)
            .from(PENDING).to(SETTLED, CANCELLED)
            .build();

    public String wire() {
        return Lifecycle.wire(this);
    }

    public static EntryStatus fromWire(String s) {
        return LIFECYCLE.fromWire(s).orElseThrow(() -> new IllegalArgumentException("no entry status " + s));
    }

    /**
     * Whether moving to {@code target} changes anything: false when already there (a retried settle is harmless),
     * true for a legal move; an {@link com.allocar.platform.lifecycle.IllegalTransition} {current, allowed} otherwise.
     */
    public boolean moveTo(EntryStatus target) {
        if (LIFECYCLE.isRepeat(this, target)) {
            return false;
        }
        LIFECYCLE.require(this, target);
        return true;
    }
}
