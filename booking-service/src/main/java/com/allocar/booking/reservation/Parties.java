package com.allocar.booking.reservation;

import java.util.UUID;

import com.allocar.platform.api.ApiException;

/** Who may act on a booking: its driver for the driver's actions, its two parties for the rest. */
final class Parties {

    private Parties() {
    }

    static Booking requireDriver(Booking b, UUID user, String action) {
        if (!b.getDriverId().equals(user)) {
            throw ApiException.forbidden("Only the trip's driver can " + action + " this booking");
        }
        return b;
    }

    static Booking requireParty(Booking b, UUID user) {
        if (!b.involves(user)) {
            throw ApiException.forbidden("This booking is not yours");
        }
        return b;
    }
}
