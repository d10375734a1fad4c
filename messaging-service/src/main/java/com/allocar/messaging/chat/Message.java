package com.allocar.messaging.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.messaging.api.MessageType;
import com.allocar.messaging.api.MessagingEvents.MessageCreated;
import com.allocar.messaging.chat.domain.MaskedKind;
import com.allocar.messaging.chat.domain.ModerationReason;
import com.allocar.platform.events.AggregateRoot;

/**
 * One message of a booking's chat, as stored and delivered: a text already masked, or an image's object key. Posting
 * it records {@code message.created} (the preview is the masked text, never the original).
 */
public class Message extends AggregateRoot {

    static final int PREVIEW_LENGTH = 140;

    private final UUID id;
    private final UUID bookingId;
    private final UUID tripId;
    private final UUID senderId;
    private final UUID recipientId;
    private final MessageType type;
    private final String content;
    private final ModerationReason moderationReason;
    private final List<MaskedKind> masked;
    private final Instant createdAt;

    Message(UUID id, UUID bookingId, UUID tripId, UUID senderId, UUID recipientId, MessageType type, String content,
            ModerationReason moderationReason, List<MaskedKind> masked, Instant createdAt) {
        this.id = id;
        this.bookingId = bookingId;
        this.tripId = tripId;
        this.senderId = senderId;
        this.recipientId = recipientId;
        this.type = type;
        this.content = content;
        this.moderationReason = moderationReason;
        this.masked = List.copyOf(masked);
        this.createdAt = createdAt;
    }

    /** A new message; records its {@code message.created}. */
    static Message post(UUID bookingId, UUID tripId, UUID senderId, UUID recipientId, MessageType type, String content,
                        ModerationReason moderationReason, List<MaskedKind> masked, boolean recipientConnected, Instant now) {
        Message m = new Message(UUID.randomUUID(), bookingId, tripId, senderId, recipientId, type, content, moderationReason, masked, now);
        m.record(new MessagePosted(new MessageCreated(m.id, bookingId, tripId, senderId, recipientId, type, m.preview(),
                m.isFlagged(), recipientConnected, now)));
        return m;
    }

    /** The start of the stored text (masked), for notifications; none for an image. */
    String preview() {
        if (type != MessageType.TEXT) {
            return null;
        }
        if (content.codePointCount(0, content.length()) <= PREVIEW_LENGTH) {
            return content;
        }
        return content.substring(0, content.offsetByCodePoints(0, PREVIEW_LENGTH - 1)) + "…";
    }

    public boolean isFlagged() {
        return moderationReason != null;
    }

    public UUID id() {
        return id;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID tripId() {
        return tripId;
    }

    public UUID senderId() {
        return senderId;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public MessageType type() {
        return type;
    }

    public String content() {
        return content;
    }

    public ModerationReason moderationReason() {
        return moderationReason;
    }

    public List<MaskedKind> masked() {
        return masked;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
