package com.allocar.messaging.attachment;

import java.time.Instant;
import java.util.UUID;

/** An upload slot handed to {@code uploaderId} for one booking's chat: only they may post it, only in that booking. */
public record Attachment(UUID id, UUID bookingId, UUID uploaderId, String objectKey, String contentType, long sizeBytes,
                         Instant createdAt) {
}
