package com.allocar.trip.hold;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.allocar.platform.api.ApiException;

/**
 * A seat hold's lifecycle: held → confirmed (paid) | released (cancelled) | expired (not paid in time);
 * confirmed → released (a paid booking cancelled). Released and expired are final.
 */
public enum HoldStatus {
    HELD, CONFIRMED, RELEASED, EXPIRED;

    public Set<HoldStatus> next() {
        return switch (this) {
            case HELD -> EnumSet.of(CONFIRMED, RELEASED, EXPIRED);
            case CONFIRMED -> EnumSet.of(RELEASED);
            case RELEASED, EXPIRED -> EnumSet.noneOf(HoldStatus.class);
        };
    }

    /** Seats this hold still takes on its trip. */
    public boolean takesSeats() {
        return this == HELD || this == CONFIRMED;
    }

    public ApiException cannotBecome(HoldStatus target) {
        return ApiException.conflict("Seat hold is " + wire() + " and cannot become " + target.wire(),
                Map.of("current", wire(), "allowed", next().stream().map(HoldStatus::wire).sorted().toList()));
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
