package com.allocar.messaging.live;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.allocar.messaging.config.MessagingProperties;
import com.allocar.platform.security.AccessTokenValidation;
import com.allocar.platform.security.RevokedTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Every {@code sweep-interval} (5 s): a socket whose access token expired (its {@code exp} plus the fleet's 10 s clock
 * skew, as the REST side refuses it) is closed with {@value #TOKEN_CLOSE} {@code token_expired}; every
 * {@code revocation-check} (30 s) each socket's token is looked up in identity's revoke list and a revoked one is
 * closed with {@value #TOKEN_CLOSE} {@code token_revoked} (a revoke list that does not answer is asked again next
 * sweep, the socket stays open), and the path's admission is asked again: a member no longer let in (a passenger
 * whose paid booking was cancelled) is closed with {@value #NOT_ADMITTED_CLOSE} {@code forbidden}; every {@code ping-interval} (20 s) a ping frame goes out, and a socket from which
 * nothing arrived (no pong, no frame) for {@code idle-timeout} (45 s) is closed with 1001.
 */
@Component
public class SocketSweeper implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SocketSweeper.class);
    public static final int TOKEN_CLOSE = 4401;
    public static final int NOT_ADMITTED_CLOSE = 4403;

    private final LiveRooms rooms;
    private final RevokedTokens revoked;
    private final MessagingProperties.Sockets props;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("socket-sweeper").daemon(true).factory());
    private volatile Instant lastPing = Instant.EPOCH;

    SocketSweeper(LiveRooms rooms, RevokedTokens revoked, MessagingProperties props) {
        this.rooms = rooms;
        this.revoked = revoked;
        this.props = props.sockets();
    }

    @Override
    public void afterPropertiesSet() {
        long every = props.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /** A sweep that throws would cancel the schedule: nothing may escape. */
    private void sweepSafely() {
        try {
            sweep();
        } catch (Throwable e) {
            log.warn("socket sweep failed: {}", e.toString());
        }
    }

    void sweep() {
        Instant now = clock.instant();
        boolean ping = !now.isBefore(lastPing.plus(props.pingInterval()));
        if (ping) {
            lastPing = now;
            rooms.stillHere();
        }
        for (LiveSocket s : rooms.all()) {
            if (!s.isOpen()) {
                rooms.leave(s);
                continue;
            }
            if (!s.startSweep()) {
                continue;
            }
            Thread.ofVirtual().name("socket-sweep-" + s.id()).start(() -> {
                try {
                    sweep(s, now, ping);
                } catch (Throwable e) {
                    log.warn("socket {} sweep failed: {}", s.id(), e.toString());
                } finally {
                    s.endSweep();
                }
            });
        }
    }

    /** One socket's checks, on its own (virtual) thread: a close or a ping that blocks holds this socket only. */
    private void sweep(LiveSocket s, Instant now, boolean ping) {
        if (s.expiresAt() != null && now.isAfter(s.expiresAt().plus(AccessTokenValidation.CLOCK_SKEW))) {
            s.close(new CloseStatus(TOKEN_CLOSE, "token_expired"));
            return;
        }
        if (!now.isBefore(s.lastRevocationCheck().plus(props.revocationCheck()))) {
            if (isRevoked(s, now)) {
                s.close(new CloseStatus(TOKEN_CLOSE, "token_revoked"));
                return;
            }
            if (!admitted(s)) {
                s.close(new CloseStatus(NOT_ADMITTED_CLOSE, "forbidden"));
                return;
            }
        }
        if (now.isAfter(s.lastSeen().plus(props.idleTimeout()))) {
            s.close(CloseStatus.GOING_AWAY.withReason("no answer to pings"));
            return;
        }
        if (ping) {
            s.ping();
        }
    }

    private boolean isRevoked(LiveSocket s, Instant now) {
        try {
            boolean r = revoked.isRevoked(s.tokenId(), s.sessionId());
            s.revocationChecked(now);
            return r;
        } catch (RuntimeException e) {
            log.warn("revoke list unavailable, socket {} checked again next sweep: {}", s.id(), e.toString());
            return false;
        }
    }

    private boolean admitted(LiveSocket s) {
        try {
            return s.stillAdmitted();
        } catch (RuntimeException e) {
            log.warn("socket {} not re-admitted this sweep: {}", s.id(), e.toString());
            return true;
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
