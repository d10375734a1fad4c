package com.allocar.trip.hold;

import java.util.UUID;

import com.allocar.platform.events.DomainEvent;
import com.allocar.trip.api.HoldReleaseReason;

/** A hold gave its seats back; {@code from} says whether they were held or paid. */
public record SeatHoldReleased(UUID holdId, UUID tripId, int seats, HoldStatus from, HoldReleaseReason reason)
        implements DomainEvent {
}
