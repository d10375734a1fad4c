package com.allocar.messaging.live;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * One connected socket: its member, its room, its token's expiry and ids (checked while connected), and when it was
 * last heard of. Sends are thread-safe (Redis listener, sweeper and the socket's own thread all send); a socket too
 * slow to take its frames (5 s, 512 KiB buffered) is closed. While {@link #hold held} (replay on connect), live
 * frames are buffered and sent after the replay.
 */
public final class LiveSocket {

    private static final Logger log = LoggerFactory.getLogger(LiveSocket.class);

    /** Handshake attributes set by the token check, read here. */
    public static final String USER = "allocar.user";
    public static final String EXPIRES_AT = "allocar.token.exp";
    public static final String TOKEN_ID = "allocar.token.jti";
    public static final String SESSION_ID = "allocar.token.sid";
    public static final String ROOM = "allocar.room";
    /** Set by the handshake: asks the path's admission again (throws when the member is no longer let in). */
    public static final String READMIT = "allocar.readmit";

    private final WebSocketSession session;
    private final UUID member;
    private final String room;
    private final Instant expiresAt;
    private final String tokenId;
    private final String sessionId;
    private volatile Instant lastSeen;
    private volatile Instant lastRevocationCheck;
    private List<LiveEvent> held;
    private final java.util.concurrent.atomic.AtomicBoolean sweeping = new java.util.concurrent.atomic.AtomicBoolean();

    public LiveSocket(WebSocketSession session, Instant now) {
        this.session = new ConcurrentWebSocketSessionDecorator(session, 5_000, 512 * 1024);
        var a = session.getAttributes();
        this.member = (UUID) a.get(USER);
        this.room = (String) a.get(ROOM);
        this.expiresAt = (Instant) a.get(EXPIRES_AT);
        this.tokenId = (String) a.get(TOKEN_ID);
        this.sessionId = (String) a.get(SESSION_ID);
        this.lastSeen = now;
        this.lastRevocationCheck = now;
    }

    public String id() {
        return session.getId();
    }

    public UUID member() {
        return member;
    }

    public String room() {
        return room;
    }

    /** The id its room names: the booking of {@code booking:<id>}, the trip of {@code trip:<id>}. */
    public UUID roomId() {
        return UUID.fromString(room.substring(room.indexOf(':') + 1));
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    String tokenId() {
        return tokenId;
    }

    String sessionId() {
        return sessionId;
    }

    /** Whether the member is still let in the room (a passenger whose booking was cancelled is not). */
    boolean stillAdmitted() {
        Object readmit = session.getAttributes().get(READMIT);
        if (readmit instanceof Runnable r) {
            try {
                r.run();
            } catch (com.allocar.platform.api.ApiException e) {
                return e.code() != com.allocar.platform.api.ErrorCode.FORBIDDEN && e.code() != com.allocar.platform.api.ErrorCode.NOT_FOUND;
            }
        }
        return true;
    }

    public java.util.Map<String, Object> attributes() {
        return session.getAttributes();
    }

    public java.net.URI uri() {
        return session.getUri();
    }

    /** The sweeper's turn on this socket; false while the previous one still runs (a blocked close or ping). */
    boolean startSweep() {
        return sweeping.compareAndSet(false, true);
    }

    void endSweep() {
        sweeping.set(false);
    }

    public void seen(Instant now) {
        lastSeen = now;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    Instant lastRevocationCheck() {
        return lastRevocationCheck;
    }

    void revocationChecked(Instant now) {
        lastRevocationCheck = now;
    }

    /** Buffers live frames until {@link #release}. */
    public synchronized void hold() {
        held = new ArrayList<>();
    }

    /** Sends the frames buffered while held, except those {@code alreadySent} (by the replay). */
    public synchronized void release(Predicate<LiveEvent> alreadySent) {
        List<LiveEvent> buffered = held;
        held = null;
        if (buffered != null) {
            buffered.stream().filter(alreadySent.negate()).forEach(this::deliverNow);
        }
    }

    /** A live frame of its room. */
    synchronized void deliver(LiveEvent event) {
        if (held != null) {
            held.add(event);
            return;
        }
        deliverNow(event);
    }

    private void deliverNow(LiveEvent event) {
        String text = event.frameFor(member);
        if (text != null) {
            send(text);
        }
    }

    /** Sends one text frame; a socket that cannot take it is closed (its client reconnects with {@code ?after=}). */
    public void send(String json) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendMessage(new TextMessage(json));
        } catch (IOException | RuntimeException e) {
            log.debug("socket {} dropped a frame: {}", session.getId(), e.toString());
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    void ping() {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendMessage(new PingMessage());
        } catch (IOException | RuntimeException e) {
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    public void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | IllegalStateException e) {
            log.debug("socket {} did not close cleanly: {}", session.getId(), e.toString());
        }
    }
}
