package com.allocar.platform.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Orange's access token, fetched once and reused until shortly before it expires (an OTP must not wait for a token
 * round trip). One fetch at a time: callers arriving while it runs wait for its token, or its failure, instead of
 * asking again; a token the API rejected is dropped once, however many calls saw the 401.
 */
final class OrangeTokens {

    /** What the token endpoint granted. */
    record Grant(String accessToken, Duration lifetime) {
    }

    private record Cached(String value, Instant refreshAt) {
    }

    /** Refresh this long before expiry, so that a token never expires on its way to Orange. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    private final Supplier<Grant> fetch;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Cached current;
    /** Fetches started so far; a waiter that sees it moved knows a fetch ran while it waited. */
    private volatile long fetches;
    /** The failure of the last fetch, if it failed (guarded by {@link #lock}). */
    private SmsFailure lastFailure;

    OrangeTokens(Supplier<Grant> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    /** A token valid for a while yet: the cached one, or a fresh one. */
    String current() {
        Cached cached = current;
        if (fresh(cached)) {
            return cached.value();
        }
        long seen = fetches;
        lock.lock();
        try {
            cached = current;
            if (fresh(cached)) {
                return cached.value();
            }
            if (fetches != seen && lastFailure != null) {
                // the fetch we waited for failed just now: share its outcome rather than queue another one
                throw new SmsUnavailable(lastFailure.getMessage(), lastFailure);
            }
            fetches = seen + 1;
            try {
                Grant grant = fetch.get();
                Instant now = clock.instant();
                Duration margin = grant.lifetime().compareTo(MARGIN.multipliedBy(2)) > 0 ? MARGIN : grant.lifetime().dividedBy(2);
                current = new Cached(grant.accessToken(), now.plus(grant.lifetime()).minus(margin));
                lastFailure = null;
                return grant.accessToken();
            } catch (SmsFailure e) {
                lastFailure = e;
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** The API answered 401 to {@code token}: forget it, unless another call already replaced it. */
    void rejected(String token) {
        lock.lock();
        try {
            Cached cached = current;
            if (cached != null && cached.value().equals(token)) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean fresh(Cached cached) {
        return cached != null && clock.instant().isBefore(cached.refreshAt());
    }
}
