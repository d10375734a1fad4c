package com.allocar.identity.auth;

import java.time.Duration;
import java.util.List;

import com.allocar.platform.api.ApiException;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

/**
 * Counts attempts per subject in a fixed Redis window ("at most 3 OTP sends, and 3 verifications, per
 * 10 min per phone"). The first attempt opens the window; attempts beyond the
 * limit inside it are refused with {@code rate_limited} and the seconds left as Retry-After.
 */
@Component
public class AttemptLimiter {

    // INCR and set the window's expiry on the first hit, atomically; returns {count, ttl_ms}.
    private static final DefaultRedisScript<List> HIT = new DefaultRedisScript<>("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {n, redis.call('PTTL', KEYS[1])}
            """, List.class);

    private final StringRedisTemplate redis;

    public AttemptLimiter(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Records an attempt; throws {@code rate_limited} if it is over {@code max} in the window. */
    public void attempt(String bucket, String subject, int max, Duration window, String message) {
        List<?> result = redis.execute(HIT, List.of(key(bucket, subject)), String.valueOf(window.toMillis()));
        long count = ((Number) result.get(0)).longValue();
        long ttlMs = ((Number) result.get(1)).longValue();
        if (count > max) {
            throw ApiException.rateLimited(message, Duration.ofMillis(Math.max(ttlMs, 1000)));
        }
    }

    public int remaining(String bucket, String subject, int max) {
        String v = redis.opsForValue().get(key(bucket, subject));
        return Math.max(0, max - (v == null ? 0 : Integer.parseInt(v)));
    }

    public void reset(String bucket, String subject) {
        redis.delete(key(bucket, subject));
    }

    private static String key(String bucket, String subject) {
        return "identity:attempts:" + bucket + ":" + subject;
    }
}
