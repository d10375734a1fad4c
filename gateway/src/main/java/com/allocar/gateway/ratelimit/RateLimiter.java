package com.allocar.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Fixed one-minute windows in Redis: the first hit of a key starts its window (INCR, then PEXPIRE
 * when the key is new), all in one Lua script so concurrent gateways count atomically. A rejected
 * hit still counts; the window does not slide.
 */
@Component
public class RateLimiter {

    public static final Duration WINDOW = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final RedisScript<List<Long>> HIT = (RedisScript) RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """, List.class);

    /**
     * @param allowed           false once the window's count exceeds the limit
     * @param remaining         hits left in the window (never negative)
     * @param retryAfterSeconds seconds until the window ends
     */
    public record Decision(boolean allowed, int limit, long remaining, long retryAfterSeconds) {
    }

    private final ReactiveStringRedisTemplate redis;

    public RateLimiter(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Counts one hit on {@code key}; empty when Redis cannot be reached. */
    public Mono<Decision> hit(String key, int limit) {
        return redis.execute(HIT, List.of(key), List.of(String.valueOf(WINDOW.toMillis())))
                .next()
                .map(result -> {
                    long count = result.get(0);
                    long ttlMillis = Math.max(0, result.get(1));
                    long retryAfter = Math.max(1, (ttlMillis + 999) / 1000);
                    return new Decision(count <= limit, limit, Math.max(0, limit - count), retryAfter);
                })
                // Availability over strictness: if Redis is down or slow, let the request through
                // unlimited rather than take the whole API down with it.
                .onErrorResume(ex -> {
                    log.warn("Rate limiting skipped (fail open), Redis unavailable: {}", ex.toString());
                    return Mono.empty();
                });
    }
}
