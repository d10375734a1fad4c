package com.allocar.messaging.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.messaging.api.MessageType;
import com.allocar.messaging.attachment.Attachments;
import com.allocar.messaging.attachment.ChatStorage.SignedUrl;
import com.allocar.messaging.chat.domain.MaskedKind;
import com.allocar.messaging.chat.domain.ModerationReason;
import com.allocar.messaging.live.FrameType;
import com.allocar.messaging.live.Frames;
import com.allocar.messaging.live.LiveChannel;
import com.allocar.messaging.live.LiveEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A booking's chat in real time: what is posted (over REST or a socket), typed or read reaches every connected party
 * of the booking, on every instance ({@link LiveChannel}). The frames are written here once, in the service's JSON
 * (snake_case); see the README's frame table.
 */
@Component
public class LiveChat {

    /** A short-lived signed GET of an image (5 min). */
    public record ImageFrame(String url, Instant expiresAt) {
    }

    /** One message as the chat's frames carry it (the REST view, without {@code flagged}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessageBody(UUID id, UUID bookingId, UUID senderId, UUID recipientId, MessageType type, String content,
                              ImageFrame image, Instant createdAt) {
    }

    /** What moderation did, told to the sender's sockets only. */
    public record ModerationFrame(boolean flagged, String reason, List<String> masked) {
    }

    /** {@code {type: message, message, replayed?, client_id?, moderation?}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessageFrame(String type, MessageBody message, Boolean replayed, String clientId, ModerationFrame moderation) {
    }

    public record TypingFrame(String type, UUID bookingId, UUID userId, Instant at) {
    }

    public record ReadFrame(String type, UUID bookingId, UUID userId, UUID upTo, Instant at) {
    }

    private final LiveChannel channel;
    private final Attachments attachments;
    private final Frames frames;

    LiveChat(LiveChannel channel, Attachments attachments, JsonMapper json) {
        this.channel = channel;
        this.attachments = attachments;
        this.frames = new Frames(json);
    }

    /** A message was stored: every party's sockets get it; the sender's with its client_id and moderation. */
    void posted(PostMessage.Posted p, String clientId) {
        Message m = p.message();
        MessageBody body = body(m);
        var moderation = new ModerationFrame(p.reason().isPresent(), p.reason().map(ModerationReason::wire).orElse(null),
                p.masked().stream().map(MaskedKind::wire).toList());
        String all = frames.write(new MessageFrame(FrameType.MESSAGE.wire(), body, null, null, null));
        String sender = frames.write(new MessageFrame(FrameType.MESSAGE.wire(), body, null, clientId, moderation));
        channel.publish(new LiveEvent(LiveEvent.bookingRoom(m.bookingId()), m.senderId(), m.id(), all, sender, false));
    }

    /** A party is typing: the other party's sockets get it. */
    public void typing(UUID bookingId, UUID member) {
        String f = frames.write(new TypingFrame(FrameType.TYPING.wire(), bookingId, member, Instant.now()));
        channel.publish(new LiveEvent(LiveEvent.bookingRoom(bookingId), member, null, f, null, true));
    }

    /** A party's read pointer moved: every socket of the booking gets it (the other party's check marks, the reader's other devices). */
    void read(MarkRead.Receipt r, UUID member) {
        String f = frames.write(new ReadFrame(FrameType.READ.wire(), r.bookingId(), member, r.upTo(), Instant.now()));
        channel.publish(new LiveEvent(LiveEvent.bookingRoom(r.bookingId()), member, null, f, null, false));
    }

    /** A stored message as one socket's replay frame. */
    public String replayed(Message m) {
        return frames.write(new MessageFrame(FrameType.MESSAGE.wire(), body(m), true, null, null));
    }

    private MessageBody body(Message m) {
        ImageFrame image = null;
        if (m.type() == MessageType.IMAGE) {
            SignedUrl u = attachments.viewUrl(m.content());
            image = new ImageFrame(u.url(), u.expiresAt());
        }
        return new MessageBody(m.id(), m.bookingId(), m.senderId(), m.recipientId(), m.type(), m.content(), image, m.createdAt());
    }
}
