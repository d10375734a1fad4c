package com.allocar.messaging.chat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.messaging.api.MessageType;
import com.allocar.messaging.attachment.Attachments;
import com.allocar.messaging.chat.domain.ContactDetailsMasking;
import com.allocar.messaging.chat.domain.MaskedKind;
import com.allocar.messaging.chat.domain.MaskedText;
import com.allocar.messaging.chat.domain.ModerationReason;
import com.allocar.messaging.chat.domain.OffPlatformPaymentFlag;
import com.allocar.messaging.chat.domain.TextContent;
import com.allocar.messaging.conversation.Conversation;
import com.allocar.messaging.conversation.Conversations;
import com.allocar.messaging.live.LiveEvent;
import com.allocar.messaging.live.Presence;
import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Service;

/**
 * A party posts in a booking's chat: the chat must be writable; a text is trimmed (1..2000), flagged when it proposes
 * to pay outside the platform (checked on what the sender wrote) and stored with its contact details masked; an image
 * names an upload slot of this sender for this booking, uploaded.
 */
@Service
public class PostMessage {

    /** The stored message, and what moderation did to it (told to the sender). */
    public record Posted(Message message, Optional<ModerationReason> reason, List<MaskedKind> masked) {
    }

    private final Conversations conversations;
    private final Attachments attachments;
    private final MessageRepository messages;
    private final LiveChat live;
    private final Presence presence;
    private final ContactDetailsMasking masking = new ContactDetailsMasking();
    private final OffPlatformPaymentFlag offPlatform = new OffPlatformPaymentFlag();

    PostMessage(Conversations conversations, Attachments attachments, MessageRepository messages, LiveChat live, Presence presence) {
        this.conversations = conversations;
        this.attachments = attachments;
        this.messages = messages;
        this.live = live;
        this.presence = presence;
    }

    /** Over REST. */
    public Posted post(UUID bookingId, UUID sender, MessageType type, String content) {
        return post(bookingId, sender, type, content, null);
    }

    /**
     * Stored (committed), then delivered live to every connected party of the booking; over a socket, the sender's
     * {@code clientId} comes back with it.
     */
    public Posted post(UUID bookingId, UUID sender, MessageType type, String content, String clientId) {
        Posted p = store(bookingId, sender, type, content);
        live.posted(p, clientId);
        return p;
    }

    /** No transaction around the checks (a lookup in booking-service, S3's HeadObject): only the save is one. */
    private Posted store(UUID bookingId, UUID sender, MessageType type, String content) {
        Conversation c = conversations.writableForParty(bookingId, sender);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID recipient = c.otherParty(sender);
        if (type == MessageType.IMAGE) {
            var a = attachments.requireUploaded(content, bookingId, sender);
            Message m = Message.post(bookingId, c.tripId(), sender, recipient, type, a.objectKey(), null, List.of(),
                    recipientConnected(bookingId, recipient), now);
            messages.save(m);
            return new Posted(m, Optional.empty(), List.of());
        }
        TextContent.problem(content).ifPresent(p -> {
            throw ApiException.validation("content", p);
        });
        String text = TextContent.normalized(content);
        Optional<ModerationReason> reason = offPlatform.check(text);
        MaskedText masked = masking.apply(text);
        Message m = Message.post(bookingId, c.tripId(), sender, recipient, type, masked.text(), reason.orElse(null), masked.kinds(),
                recipientConnected(bookingId, recipient), now);
        messages.save(m);
        return new Posted(m, reason, masked.kinds());
    }

    /** Whether the recipient has this chat open (any instance): then notification-service pushes nothing. */
    private boolean recipientConnected(UUID bookingId, UUID recipient) {
        return presence.connected(LiveEvent.bookingRoom(bookingId), recipient);
    }
}
