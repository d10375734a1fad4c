package com.allocar.messaging.live;

import java.util.UUID;

/**
 * One frame to deliver to a room's sockets, on every instance (what travels on the Redis channel).
 *
 * @param room        {@code booking:<id>} or {@code trip:<id>}
 * @param from        the member it comes from (null for the service itself)
 * @param itemId      the message it carries, if any (a replay on connect skips what it already sent)
 * @param frame       the JSON text every socket of the room gets
 * @param senderFrame the JSON text the sender's own sockets get instead (null: {@code frame}, or nothing when
 *                    {@code notToSender})
 * @param notToSender the sender's own sockets get nothing (a typing indicator)
 */
public record LiveEvent(String room, UUID from, UUID itemId, String frame, String senderFrame, boolean notToSender) {

    public static String bookingRoom(UUID bookingId) {
        return "booking:" + bookingId;
    }

    public static String tripRoom(UUID tripId) {
        return "trip:" + tripId;
    }

    /** What a socket of {@code member} gets, or null when it gets nothing. */
    public String frameFor(UUID member) {
        if (from != null && from.equals(member)) {
            if (senderFrame != null) {
                return senderFrame;
            }
            return notToSender ? null : frame;
        }
        return frame;
    }
}
