package com.allocar.messaging.chat.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A member sends at most {@code perSecond} chat messages over sockets in any second and {@code perMinute} in any
 * minute (sliding windows; 5 and 30 by default). A refused message is not counted. Kept per instance, in memory:
 * at most {@code perMinute} instants per member, forgotten after a minute without messages.
 */
public final class MessageRateLimit {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int perSecond;
    private final int perMinute;
    private final Map<UUID, Deque<Instant>> sent = new ConcurrentHashMap<>();

    public MessageRateLimit(int perSecond, int perMinute) {
        this.perSecond = perSecond;
        this.perMinute = perMinute;
    }

    /** Counts the message if allowed; otherwise how long until the next one would be. */
    public Optional<Duration> tryAcquire(UUID member, Instant now) {
        Deque<Instant> times = sent.computeIfAbsent(member, m -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(MINUTE))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(MINUTE)));
            }
            long lastSecond = times.stream().filter(t -> t.isAfter(now.minus(SECOND))).count();
            if (lastSecond >= perSecond) {
                Instant oldestInSecond = times.stream().filter(t -> t.isAfter(now.minus(SECOND))).findFirst().orElse(now);
                return Optional.of(Duration.between(now, oldestInSecond.plus(SECOND)));
            }
            times.addLast(now);
        }
        if (sent.size() > 10_000) {
            sent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(now.minus(MINUTE));
                }
            });
        }
        return Optional.empty();
    }
}
