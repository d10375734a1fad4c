package com.allocar.booking.reservation;

/** What an audit-only row of {@code booking_events} is about ({@code meta.event}; from = to, no event published). */
public enum AuditNote {
    PAYMENT_SUCCEEDED("payment.succeeded"),
    PAYMENT_FAILED("payment.failed"),
    RIDE_STARTED("ride_started");

    private final String wire;

    AuditNote(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
