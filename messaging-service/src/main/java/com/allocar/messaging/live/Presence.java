package com.allocar.messaging.live;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Who has a socket open in a room, across instances: one Redis sorted set per room and member, its members the socket
 * ids scored by when they stop counting (refreshed by the sweeper's pings, removed on close), so a crashed instance's
 * sockets fade out by themselves. Read when a message is posted: notification-service pushes a chat message only to a
 * recipient who is not connected. Redis away → "not connected" (a push too many rather than a message unheard).
 */
@Component
public class Presence {

    /** A socket counts this long after its last refresh; the sweeper refreshes at every ping (30 s). */
    static final Duration TTL = Duration.ofSeconds(90);

    private static final Logger log = LoggerFactory.getLogger(Presence.class);

    private final StringRedisTemplate redis;
    private final Clock clock = Clock.systemUTC();

    Presence(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public boolean connected(String room, UUID member) {
        try {
            Long live = redis.opsForZSet().count(key(room, member), clock.millis(), Double.POSITIVE_INFINITY);
            return live != null && live > 0;
        } catch (RuntimeException e) {
            log.warn("presence of {} in {} unknown: {}", member, room, e.toString());
            return false;
        }
    }

    void here(LiveSocket socket) {
        try {
            String key = key(socket.room(), socket.member());
            redis.opsForZSet().add(key, socket.id(), clock.millis() + TTL.toMillis());
            redis.opsForZSet().removeRangeByScore(key, 0, clock.millis());
            redis.expire(key, TTL.multipliedBy(2));
        } catch (RuntimeException e) {
            log.warn("presence of socket {} not recorded: {}", socket.id(), e.toString());
        }
    }

    void gone(LiveSocket socket) {
        try {
            redis.opsForZSet().remove(key(socket.room(), socket.member()), socket.id());
        } catch (RuntimeException e) {
            log.warn("presence of socket {} not removed (it fades out): {}", socket.id(), e.toString());
        }
    }

    void refresh(Collection<LiveSocket> sockets) {
        sockets.forEach(this::here);
    }

    private static String key(String room, UUID member) {
        return "messaging:presence:" + room + ":" + member;
    }
}
