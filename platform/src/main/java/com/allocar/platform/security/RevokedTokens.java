package com.allocar.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * identity's revoke list (Redis, written at logout and on refresh-token reuse), read by every service and not only by
 * the gateway, so that a token revoked there is refused by a service called directly too. "Not revoked" is remembered
 * for a couple of seconds (one Redis round trip per token and period, not per request); "revoked" for good.
 */
public final class RevokedTokens {

    private static final int MAX_REMEMBERED = 50_000;

    private final StringRedisTemplate redis;
    private final Duration remember;
    private final Clock clock;
    private final Map<String, Instant> notRevokedUntil = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    public RevokedTokens(StringRedisTemplate redis, Duration remember, Clock clock) {
        this.redis = redis;
        this.remember = remember;
        this.clock = clock;
    }

    /** Whether the token ({@code jti}) or its session ({@code sid}) is revoked; throws when Redis cannot tell. */
    public boolean isRevoked(String jti, String sid) {
        String key = jti + "|" + sid;
        if (revoked.contains(key)) {
            return true;
        }
        Instant now = clock.instant();
        Instant until = notRevokedUntil.get(key);
        if (until != null && now.isBefore(until)) {
            return false;
        }
        List<String> keys = TokenClaims.revocationKeys(jti, sid);
        List<String> values = keys.isEmpty() ? List.of() : redis.opsForValue().multiGet(keys);
        boolean isRevoked = values != null && values.stream().anyMatch(Objects::nonNull);
        if (notRevokedUntil.size() > MAX_REMEMBERED || revoked.size() > MAX_REMEMBERED) {
            notRevokedUntil.clear();
            revoked.clear();
        }
        if (isRevoked) {
            revoked.add(key);
            notRevokedUntil.remove(key);
        } else if (!remember.isZero()) {
            notRevokedUntil.put(key, now.plus(remember));
        }
        return isRevoked;
    }
}
