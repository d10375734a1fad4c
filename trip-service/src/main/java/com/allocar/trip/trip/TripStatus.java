package com.allocar.trip.trip;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.allocar.platform.api.ApiException;

/**
 * The trip lifecycle, in one place: draft → published → ongoing → completed, and cancelled from draft or
 * published. Nothing follows completed or cancelled. An illegal move is a {@code conflict} naming the current
 * state and the allowed ones.
 */
public enum TripStatus {
    DRAFT, PUBLISHED, ONGOING, COMPLETED, CANCELLED;

    public Set<TripStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> EnumSet.of(ONGOING, CANCELLED);
            case ONGOING -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(TripStatus.class);
        };
    }

    public boolean canBecome(TripStatus target) {
        return next().contains(target);
    }

    /** @return the target, when this state may move to it */
    public TripStatus moveTo(TripStatus target) {
        if (!canBecome(target)) {
            throw illegal("cannot become " + target.wire(), next());
        }
        return target;
    }

    /** The driver may still edit the trip (its time, price, seats, stops…) in these states. */
    public boolean editable() {
        return this == DRAFT || this == PUBLISHED;
    }

    public void checkEditable() {
        if (!editable()) {
            throw illegal("can no longer be changed", EnumSet.of(DRAFT, PUBLISHED));
        }
    }

    /** A trip that never left may be deleted (and only without paid seats, checked by the trip). */
    public void checkDeletable() {
        if (!editable()) {
            throw illegal("cannot be deleted", EnumSet.of(DRAFT, PUBLISHED));
        }
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    private ApiException illegal(String what, Set<TripStatus> allowed) {
        return ApiException.conflict("Trip is " + wire() + " and " + what,
                Map.of("current", wire(), "allowed", allowed.stream().map(TripStatus::wire).sorted().toList()));
    }
}
