package com.allocar.messaging.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The payloads of messaging-service's published events; their type, topic and key are {@link MessagingEventType}.
 * Nothing else of messaging-service crosses the service boundary.
 */
public final class MessagingEvents {

    /**
     * The payload of {@code message.created} (key = booking id).
     *
     * @param contentPreview the first characters of the text as stored (contact details already masked); null for an image
     * @param flagged        held for moderation (e.g. a proposal to pay outside the platform); the message is still delivered
     * @param recipientConnected the recipient had this booking's chat socket open (on any instance) when it was posted:
     *                           they saw it live, a push would be noise
     */
    public record MessageCreated(UUID messageId, UUID bookingId, UUID tripId, UUID senderId, UUID recipientId, MessageType type,
                                 String contentPreview, boolean flagged, boolean recipientConnected, Instant createdAt) {
    }

    private MessagingEvents() {
    }
}
