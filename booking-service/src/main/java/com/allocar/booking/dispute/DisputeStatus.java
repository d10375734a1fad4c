package com.allocar.booking.dispute;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.allocar.platform.api.ApiException;

/** open → in_review → resolved | rejected (open may be decided at once). Resolved and rejected are final. */
public enum DisputeStatus {
    OPEN, IN_REVIEW, RESOLVED, REJECTED;

    public Set<DisputeStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_REVIEW, RESOLVED, REJECTED);
            case IN_REVIEW -> EnumSet.of(RESOLVED, REJECTED);
            case RESOLVED, REJECTED -> EnumSet.noneOf(DisputeStatus.class);
        };
    }

    public boolean decided() {
        return this == RESOLVED || this == REJECTED;
    }

    public DisputeStatus moveTo(DisputeStatus target) {
        if (!next().contains(target)) {
            throw ApiException.conflict("Dispute is " + wire() + " and cannot become " + target.wire(),
                    Map.of("current", wire(), "allowed", next().stream().map(DisputeStatus::wire).toList()));
        }
        return target;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
