package com.allocar.messaging.conversation;

import java.time.Duration;
import java.time.Instant;

/**
 * The chat window rule: a booking's chat is writable while the booking lives and is not cancelled (a rejection is a
 * cancellation); once the ride ended (completed) it stays writable for {@code readOnlyAfter} (7 days), then becomes
 * read-only. The end of the ride is the {@code booking.completed} event's time, or the departure when the booking was
 * only looked up (booking-service's summary carries no end time) — the earliest the ride can have ended.
 */
public final class ChatWindow {

    private final Duration readOnlyAfter;

    public ChatWindow(Duration readOnlyAfter) {
        this.readOnlyAfter = readOnlyAfter;
    }

    public ChatState state(BookingStatus status, Instant endedAt, Instant departureTime, Instant now) {
        return switch (status) {
            case CANCELLED -> ChatState.CLOSED;
            case COMPLETED -> {
                Instant ended = endedAt != null ? endedAt : departureTime;
                yield ended == null || now.isBefore(ended.plus(readOnlyAfter)) ? ChatState.OPEN : ChatState.READ_ONLY;
            }
            case PENDING, ACCEPTED, PAID -> ChatState.OPEN;
        };
    }

    public long readOnlyAfterDays() {
        return readOnlyAfter.toDays();
    }

    /** When a completed booking's chat becomes read-only; null while that is not decided. */
    public Instant readOnlyFrom(BookingStatus status, Instant endedAt, Instant departureTime) {
        if (status != BookingStatus.COMPLETED) {
            return null;
        }
        Instant ended = endedAt != null ? endedAt : departureTime;
        return ended == null ? null : ended.plus(readOnlyAfter);
    }
}
