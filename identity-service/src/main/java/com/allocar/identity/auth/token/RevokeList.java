package com.allocar.identity.auth.token;

import java.time.Duration;
import java.time.Instant;

import com.allocar.platform.security.TokenClaims;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The Redis revoke list the gateway consults on every request. Entries expire with what they
 * revoke: an access token's id until its expiry, a session until its last refresh token could expire.
 */
@Component
public class RevokeList {

    private final StringRedisTemplate redis;

    public RevokeList(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void revokeToken(String jti, Instant expiresAt) {
        Duration ttl = Duration.between(Instant.now(), expiresAt);
        if (!ttl.isNegative() && !ttl.isZero()) {
            redis.opsForValue().set(TokenClaims.revokedTokenKey(jti), "1", ttl.plusSeconds(30));
        }
    }

    public void revokeSession(String sid, Duration ttl) {
        redis.opsForValue().set(TokenClaims.revokedSessionKey(sid), "1", ttl);
    }

    public boolean isRevoked(String jti, String sid) {
        return Boolean.TRUE.equals(redis.hasKey(TokenClaims.revokedTokenKey(jti)))
                || (sid != null && Boolean.TRUE.equals(redis.hasKey(TokenClaims.revokedSessionKey(sid))));
    }
}
