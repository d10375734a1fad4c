package com.allocar.messaging.chat.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.allocar.messaging.api.MessageType;
import com.allocar.messaging.attachment.ChatStorage.SignedUrl;
import com.allocar.messaging.chat.Message;
import com.allocar.messaging.chat.MyConversations;
import com.allocar.messaging.chat.PostMessage.Posted;
import com.allocar.messaging.chat.domain.MaskedKind;
import com.allocar.messaging.chat.domain.ModerationReason;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What the chat endpoints answer. */
final class MessageViews {

    private MessageViews() {
    }

    /** A short-lived signed GET of an image (5 min). */
    record ImageView(String url, Instant expiresAt) {
        static ImageView of(SignedUrl u) {
            return new ImageView(u.url(), u.expiresAt());
        }
    }

    /**
     * @param content the text as stored (contact details masked), or an image's object key
     * @param image   for an image: where to read it, signed for a few minutes
     * @param flagged only on the sender's own messages: held for moderation
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MessageView(UUID id, UUID bookingId, UUID senderId, UUID recipientId, MessageType type, String content, ImageView image,
                       Boolean flagged, Instant createdAt) {

        static MessageView of(Message m, UUID viewer, Function<String, SignedUrl> images) {
            return new MessageView(m.id(), m.bookingId(), m.senderId(), m.recipientId(), m.type(), m.content(),
                    m.type() == MessageType.IMAGE ? ImageView.of(images.apply(m.content())) : null,
                    m.senderId().equals(viewer) ? m.isFlagged() : null, m.createdAt());
        }
    }

    /**
     * What moderation did to a message, told to its sender.
     *
     * @param reason why it is held for moderation (null when it is not)
     * @param masked the kinds of contact details hidden in it (phone, email, url)
     */
    record ModerationView(boolean flagged, String reason, List<String> masked) {
        static ModerationView of(Posted p) {
            return new ModerationView(p.reason().isPresent(), p.reason().map(ModerationReason::wire).orElse(null),
                    p.masked().stream().map(MaskedKind::wire).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PostedView(UUID id, UUID bookingId, UUID senderId, UUID recipientId, MessageType type, String content, ImageView image,
                      ModerationView moderation, Instant createdAt) {
        static PostedView of(Posted p, Function<String, SignedUrl> images) {
            Message m = p.message();
            return new PostedView(m.id(), m.bookingId(), m.senderId(), m.recipientId(), m.type(), m.content(),
                    m.type() == MessageType.IMAGE ? ImageView.of(images.apply(m.content())) : null, ModerationView.of(p), m.createdAt());
        }
    }

    record ReceiptView(UUID bookingId, UUID upTo, long unreadCount) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LastMessageView(UUID id, UUID senderId, MessageType type, String content, Instant createdAt) {
    }

    /** @param role the member's role in this booking: passenger | driver; chat: open | read_only | closed */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ConversationView(UUID bookingId, UUID tripId, String role, UUID otherPartyId, String bookingStatus, String chat,
                            LastMessageView lastMessage, long unreadCount) {
        static ConversationView of(MyConversations.Line l) {
            var m = l.lastMessage();
            return new ConversationView(l.bookingId(), l.tripId(), l.driver() ? Role.DRIVER.wire() : Role.PASSENGER.wire(),
                    l.otherPartyId(), l.bookingStatus().wire(), l.chat().wire(),
                    m == null ? null : new LastMessageView(m.id(), m.senderId(), m.type(), m.content(), m.createdAt()), l.unreadCount());
        }
    }

    /** A member's side of a booking. */
    enum Role {
        PASSENGER, DRIVER;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
