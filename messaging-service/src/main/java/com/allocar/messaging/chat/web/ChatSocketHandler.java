package com.allocar.messaging.chat.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.allocar.messaging.api.MessageType;
import com.allocar.messaging.chat.LiveChat;
import com.allocar.messaging.chat.MarkRead;
import com.allocar.messaging.chat.Message;
import com.allocar.messaging.chat.PostMessage;
import com.allocar.messaging.chat.ReadMessages;
import com.allocar.messaging.chat.domain.MessageRateLimit;
import com.allocar.messaging.config.MessagingProperties;
import com.allocar.messaging.conversation.Conversations;
import com.allocar.messaging.live.FrameType;
import com.allocar.messaging.live.Frames;
import com.allocar.messaging.live.LiveEvent;
import com.allocar.messaging.live.LiveRooms;
import com.allocar.messaging.live.LiveSocket;
import com.allocar.messaging.live.LiveSocketHandler;
import com.allocar.messaging.live.web.Handshakes;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.security.CurrentUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /ws/bookings/{id}}: the booking's chat in real time. On connect with {@code ?after=<message id>} the messages
 * missed since are sent first, oldest first ({@code replayed: true}); then live frames. A {@code message} frame goes
 * through the same {@link PostMessage} as REST (masking, flag, validation, chat window), limited per member
 * ({@link MessageRateLimit}); {@code typing} reaches the other party; {@code read} is the REST read receipt.
 */
@Component
class ChatSocketHandler extends LiveSocketHandler {

    private static final Set<String> MESSAGE_FIELDS = Set.of("content", "message_type");
    private static final Set<String> READ_FIELDS = Set.of("up_to");
    /** A typing frame is passed on at most once per second per socket; the others are dropped silently. */
    private static final Duration TYPING_EVERY = Duration.ofSeconds(1);
    private static final String LAST_TYPING = "allocar.chat.typing";

    private final Conversations conversations;
    private final PostMessage post;
    private final ReadMessages read;
    private final MarkRead receipts;
    private final LiveChat live;
    private final MessageRateLimit rate;
    private final int replayLimit;
    private final int perSecond;
    private final int perMinute;

    ChatSocketHandler(LiveRooms rooms, JsonMapper json, Conversations conversations, PostMessage post, ReadMessages read,
                      MarkRead receipts, LiveChat live, MessagingProperties props) {
        super("/ws/bookings/*", rooms, json);
        this.conversations = conversations;
        this.post = post;
        this.read = read;
        this.receipts = receipts;
        this.live = live;
        this.rate = new MessageRateLimit(props.sockets().messagesPerSecond(), props.sockets().messagesPerMinute());
        this.replayLimit = props.sockets().replayLimit();
        this.perSecond = props.sockets().messagesPerSecond();
        this.perMinute = props.sockets().messagesPerMinute();
    }

    /** The booking's passenger and driver (403 {@code forbidden}, 404 {@code not_found} unknown booking, as REST). */
    @Override
    public String admit(URI uri, CurrentUser member) {
        UUID booking = Handshakes.pathId(uri, 2, "id");
        conversations.forParty(booking, member.id());
        return LiveEvent.bookingRoom(booking);
    }

    @Override
    protected Set<UUID> opened(LiveSocket socket) {
        String after = UriComponentsBuilder.fromUri(socket.uri()).build().getQueryParams().getFirst("after");
        if (after == null || after.isBlank()) {
            return Set.of();
        }
        UUID cursor;
        try {
            cursor = UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("after", "must be a valid UUID");
        }
        Set<UUID> sent = new LinkedHashSet<>();
        for (Message m : read.after(socket.roomId(), socket.member(), cursor, replayLimit)) {
            socket.send(live.replayed(m));
            sent.add(m.id());
        }
        return sent;
    }

    @Override
    protected void onFrame(LiveSocket socket, FrameType type, JsonNode frame) {
        UUID booking = socket.roomId();
        switch (type) {
            case MESSAGE -> {
                Frames.only(frame, MESSAGE_FIELDS);
                String content = Frames.string(frame, "content", true);
                String kind = Frames.string(frame, "message_type", false);
                MessageType messageType = kind == null ? MessageType.TEXT : parse(kind);
                Optional<Duration> wait = rate.tryAcquire(socket.member(), Instant.now());
                if (wait.isPresent()) {
                    throw ApiException.rateLimited("Too many messages: at most %d a second and %d a minute"
                            .formatted(perSecond, perMinute), wait.get());
                }
                post.post(booking, socket.member(), messageType, content, Frames.clientId(frame));
            }
            case TYPING -> {
                Frames.only(frame, Set.of());
                Instant now = Instant.now();
                Instant last = (Instant) socket.attributes().get(LAST_TYPING);
                if (last == null || !now.isBefore(last.plus(TYPING_EVERY))) {
                    socket.attributes().put(LAST_TYPING, now);
                    live.typing(booking, socket.member());
                }
            }
            case READ -> {
                Frames.only(frame, READ_FIELDS);
                receipts.upTo(booking, socket.member(), Frames.uuid(frame, "up_to"));
            }
            default -> throw ApiException.validation(Frames.TYPE, "a chat socket takes message, typing, read or ping frames");
        }
    }

    private static MessageType parse(String kind) {
        return switch (kind) {
            case "text" -> MessageType.TEXT;
            case "image" -> MessageType.IMAGE;
            default -> throw ApiException.validation("message_type", "must be text or image");
        };
    }
}
