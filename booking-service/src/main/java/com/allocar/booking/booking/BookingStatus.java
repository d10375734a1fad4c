package com.allocar.booking.booking;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.allocar.platform.api.ApiException;

/**
 * The booking state machine of the spec, in one place:
 * pending → accepted → paid → completed; pending / accepted / paid → cancelled. Cancelled and completed are final.
 * Every illegal move is a {@code conflict} carrying the current state and the states allowed from it.
 */
public enum BookingStatus {
    PENDING, ACCEPTED, PAID, CANCELLED, COMPLETED;

    public Set<BookingStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(ACCEPTED, CANCELLED);
            case ACCEPTED -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(COMPLETED, CANCELLED);
            case CANCELLED, COMPLETED -> EnumSet.noneOf(BookingStatus.class);
        };
    }

    public boolean canBecome(BookingStatus target) {
        return next().contains(target);
    }

    /** @return {@code target}, if this state may move to it */
    public BookingStatus moveTo(BookingStatus target) {
        if (!canBecome(target)) {
            throw cannotBecome(target);
        }
        return target;
    }

    /** Seats are still taken for this booking (held or confirmed). */
    public boolean active() {
        return this == PENDING || this == ACCEPTED || this == PAID;
    }

    public ApiException cannotBecome(BookingStatus target) {
        return conflict("Booking is " + wire() + " and cannot become " + target.wire());
    }

    /** A conflict for an action that needs another state (e.g. check-in on an unpaid booking). */
    public ApiException conflict(String message) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("current", wire());
        details.put("allowed", next().stream().map(BookingStatus::wire).toList());
        return ApiException.conflict(message, details);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
