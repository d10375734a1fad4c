package com.allocar.messaging.location.domain;

import java.util.Locale;

/** Whether a trip's driver positions are taken now (see {@link TrackingWindow}). */
public enum TrackingState {
    NOT_YET_OPEN, OPEN, ENDED, NO_PAID_PASSENGER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
