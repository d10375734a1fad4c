package com.allocar.payment.payout;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The spec's payout lifecycle: scheduled → processing → done | failed (scheduled → failed when nothing could be reserved). */
public enum PayoutStatus {
    SCHEDULED, PROCESSING, DONE, FAILED;

    public Set<PayoutStatus> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(PROCESSING, FAILED);
            case PROCESSING -> EnumSet.of(DONE, FAILED);
            case DONE, FAILED -> EnumSet.noneOf(PayoutStatus.class);
        };
    }

    public void check(PayoutStatus target) {
        if (!next().contains(target)) {
            throw new IllegalStateException("payout " + wire() + " cannot become " + target.wire());
        }
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
