package com.allocar.trip.hold;

import java.util.UUID;

import com.allocar.platform.events.DomainEvent;

/** A hold's booking was paid: its seats are taken for good. */
public record SeatHoldConfirmed(UUID holdId, UUID tripId, int seats) implements DomainEvent {
}
