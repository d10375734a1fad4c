package com.allocar.messaging.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * One booking as the chat sees it: its two parties, its status and when its ride ended or it was cancelled.
 *
 * @param stateAt when the state held here was true (the event's occurred_at); an older event never overwrites it
 */
public record Conversation(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, BookingStatus status,
                           Instant departureTime, Instant endedAt, Instant cancelledAt, Instant stateAt, Instant updatedAt) {

    public boolean isParty(UUID member) {
        return passengerId.equals(member) || driverId.equals(member);
    }

    /** The party who is not {@code member}. */
    public UUID otherParty(UUID member) {
        return passengerId.equals(member) ? driverId : passengerId;
    }

    public boolean isDriver(UUID member) {
        return driverId.equals(member);
    }

    public ChatState state(ChatWindow window, Instant now) {
        return window.state(status, endedAt, departureTime, now);
    }
}
