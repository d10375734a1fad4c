package com.allocar.payment.provider;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/** An OAuth2 client-credentials token reused until shortly before it expires (MTN: ~1 h, Orange: ~90 days). */
public final class BearerTokens {

    public record Token(String value, long expiresInSeconds) {
    }

    private final Supplier<Token> fetch;
    private final Clock clock;
    private String value;
    private Instant expiresAt = Instant.EPOCH;

    public BearerTokens(Supplier<Token> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    public synchronized String get() {
        if (value == null || !clock.instant().isBefore(expiresAt)) {
            Token t = fetch.get();
            value = t.value();
            // renew a minute early so a token never expires in flight
            expiresAt = clock.instant().plusSeconds(Math.max(0, t.expiresInSeconds() - 60));
        }
        return value;
    }

    public synchronized void invalidate() {
        value = null;
    }
}
