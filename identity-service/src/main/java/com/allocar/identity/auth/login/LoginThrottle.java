package com.allocar.identity.auth.login;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

/**
 * Password sign-in limits that a stranger cannot turn against a member.
 * <ul>
 *   <li>Per (identifier, client): {@link ProgressiveDelay} — a few free failures, then doubling waits.
 *       A stranger's failures delay only the stranger; the owner on their own device has their own count.</li>
 *   <li>Per identifier: a ceiling of failures from all clients together (a guesser rotating devices or
 *       addresses); past it only the account's {@link TrustedDevices} may still try, each under its own delay.</li>
 * </ul>
 * An attempt is counted before the password is checked, in one Lua script with the refusal checks, so a
 * burst of parallel requests cannot slip past the count; a correct password then clears the client's count.
 * Keys share the hash tag {identifier}, so the script stays valid on a Redis Cluster.
 */
@Component
public class LoginThrottle {

    // KEYS: client failures, client wait, identifier failures. ARGV: free failures, window ms, trusted (1/0),
    // ceiling, then the waits after failure free+1, free+2… (the last one repeats). Returns {0, n} or {refusal, wait ms}.
    private static final DefaultRedisScript<List> ATTEMPT = new DefaultRedisScript<>("""
            local wait = redis.call('PTTL', KEYS[2])
            if wait > 0 then return {1, wait} end
            if ARGV[3] == '0' and tonumber(redis.call('GET', KEYS[3]) or '0') >= tonumber(ARGV[4]) then
              return {2, redis.call('PTTL', KEYS[3])}
            end
            local n = redis.call('INCR', KEYS[1])
            local free = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            local delay = 0
            if n > free then
              delay = tonumber(ARGV[4 + math.min(n - free, #ARGV - 4)])
              redis.call('SET', KEYS[2], '1', 'PX', delay)
            end
            -- the count lives a window, and always longer than the wait it imposes
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 or (delay > 0 and ttl < delay + window) then
              redis.call('PEXPIRE', KEYS[1], delay + window)
            end
            return {0, n}
            """, List.class);

    // INCR, and open the fixed window on the first failure (or if the key somehow lost its expiry).
    private static final DefaultRedisScript<Long> FAILED = new DefaultRedisScript<>("""
            local n = redis.call('INCR', KEYS[1])
            if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n
            """, Long.class);

    private final StringRedisTemplate redis;
    private final LoginProperties props;
    private final List<String> schedule;

    public LoginThrottle(StringRedisTemplate redis, LoginProperties props) {
        this.redis = redis;
        this.props = props;
        this.schedule = props.delay().scheduleMillis().stream().map(String::valueOf).toList();
    }

    /**
     * Counts an attempt, or refuses it with {@code rate_limited} before any password is checked.
     *
     * @param trusted the client is a trusted device of the account: the identifier's ceiling does not apply
     */
    public void attempt(String identifier, LoginClient client, boolean trusted) {
        List<String> args = new ArrayList<>(List.of(String.valueOf(props.maxFailures()), String.valueOf(props.window().toMillis()),
                trusted ? "1" : "0", String.valueOf(props.identifierCeiling())));
        args.addAll(schedule);
        List<?> result = redis.execute(ATTEMPT, List.of(failuresKey(identifier, client), waitKey(identifier, client),
                ceilingKey(identifier)), args.toArray());
        long refusal = ((Number) result.get(0)).longValue();
        if (refusal == 0) {
            return;
        }
        Duration wait = wholeSeconds(((Number) result.get(1)).longValue());
        if (refusal == 1) {
            throw refused("Too many failed sign-ins from this device or network; wait before trying again", "login_delayed", wait);
        }
        throw refused("Too many failed sign-ins on this account; sign in from a device you used before, or try again later",
                "untrusted_client_blocked", wait);
    }

    /** A wrong password: counts toward the identifier's ceiling (the client's own count was taken by {@link #attempt}). */
    public void failed(String identifier) {
        redis.execute(FAILED, List.of(ceilingKey(identifier)), String.valueOf(props.ceilingWindow().toMillis()));
    }

    /** The right password: this client starts afresh; other clients' counts and the ceiling are untouched. */
    public void succeeded(String identifier, LoginClient client) {
        redis.delete(List.of(failuresKey(identifier, client), waitKey(identifier, client)));
    }

    static String failuresKey(String identifier, LoginClient client) {
        return "identity:login:{" + identifier + "}:failures:" + client.key();
    }

    static String waitKey(String identifier, LoginClient client) {
        return "identity:login:{" + identifier + "}:wait:" + client.key();
    }

    static String ceilingKey(String identifier) {
        return "identity:login:{" + identifier + "}:ceiling";
    }

    // Retry-After is in whole seconds: round up, so a client that honours it is not refused again.
    private static Duration wholeSeconds(long ms) {
        return Duration.ofSeconds(Math.max(1, (ms + 999) / 1000));
    }

    private static ApiException refused(String message, String reason, Duration wait) {
        return new ApiException(ErrorCode.RATE_LIMITED, message, Map.of("reason", reason, "retry_after_seconds", wait.toSeconds()), wait);
    }
}
