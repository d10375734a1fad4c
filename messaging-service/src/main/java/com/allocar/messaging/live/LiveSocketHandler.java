package com.allocar.messaging.live;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * What both sockets share: the connected socket joins its room, every inbound frame or pong counts as a sign of life,
 * {@code {type: ping}} is answered {@code {type: pong}} ({@code {type: pong}} is taken silently), and a client mistake (bad JSON, unknown type, a refused
 * action) is answered with an error frame — the socket is never closed for it. A failure of ours is an
 * {@code internal_error} frame (logged).
 */
public abstract class LiveSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(LiveSocketHandler.class);
    private static final String SOCKET = "allocar.socket";

    protected final LiveRooms rooms;
    protected final Frames frames;
    private final String path;

    protected LiveSocketHandler(String path, LiveRooms rooms, JsonMapper json) {
        this.path = path;
        this.rooms = rooms;
        this.frames = new Frames(json);
    }

    /** Where it is served (an Ant-style pattern, e.g. {@code /ws/bookings/*}). */
    public String path() {
        return path;
    }

    /**
     * Whether this member may join the room the handshake's URI names (after its token was verified): the room's
     * name, or an {@link ApiException} whose status refuses the handshake. Asked again while connected.
     */
    public abstract String admit(java.net.URI uri, CurrentUser member);

    /**
     * The socket is connected and in its room, live frames held back: send it what it needs first (replay, last
     * position). @return the ids of the items sent, which a held live frame does not send again
     */
    protected abstract Set<UUID> opened(LiveSocket socket);

    /** One client frame of a type other than ping; throw an {@link ApiException} to answer an error frame. */
    protected abstract void onFrame(LiveSocket socket, FrameType type, JsonNode frame);

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        LiveSocket socket = new LiveSocket(session, Instant.now());
        session.getAttributes().put(SOCKET, socket);
        socket.hold();
        rooms.join(socket);
        Set<UUID> sent = new HashSet<>();
        try {
            sent.addAll(opened(socket));
        } catch (ApiException e) {
            socket.send(frames.error(e, null));
        } catch (RuntimeException e) {
            log.error("socket {} of {} failed to open", socket.id(), socket.room(), e);
            socket.send(frames.error(ErrorCode.INTERNAL_ERROR, "Something went wrong", Map.of(), null));
        } finally {
            socket.release(event -> event.itemId() != null && sent.contains(event.itemId()));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        LiveSocket socket = socket(session);
        if (socket == null) {
            return;
        }
        socket.seen(Instant.now());
        JsonNode frame = null;
        try {
            frame = frames.parse(message.getPayload());
            String wire = frame.path(Frames.TYPE).asString();
            FrameType type = FrameType.of(wire).orElseThrow(() -> ApiException.validation(Frames.TYPE, "unknown frame type '" + wire + "'"));
            if (type == FrameType.PING) {
                socket.send(frames.write(Map.of(Frames.TYPE, FrameType.PONG.wire())));
                return;
            }
            if (type == FrameType.PONG) {
                return; // a sign of life, already counted
            }
            onFrame(socket, type, frame);
        } catch (ApiException e) {
            socket.send(frames.error(e, Frames.clientId(frame)));
        } catch (RuntimeException e) {
            log.error("socket {} of {}: frame failed", socket.id(), socket.room(), e);
            socket.send(frames.error(ErrorCode.INTERNAL_ERROR, "Something went wrong", Map.of(), Frames.clientId(frame)));
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        LiveSocket socket = socket(session);
        if (socket != null) {
            socket.seen(Instant.now());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("socket {} transport error: {}", session.getId(), exception.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        LiveSocket socket = socket(session);
        if (socket != null) {
            rooms.leave(socket);
        }
    }

    private static LiveSocket socket(WebSocketSession session) {
        return (LiveSocket) session.getAttributes().get(SOCKET);
    }
}
