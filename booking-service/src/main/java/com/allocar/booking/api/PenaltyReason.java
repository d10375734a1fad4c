package com.allocar.booking.api;

import java.util.Locale;

/** Why a driver is penalised ({@code driver.penalized.reason}), as wallet-service reads it. */
public enum PenaltyReason {
    LATE_CANCELLATION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
