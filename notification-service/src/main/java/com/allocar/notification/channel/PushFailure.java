package com.allocar.notification.channel;

import java.time.Duration;

/**
 * FCM did not take a push, and what follows for the device: {@link Kind#DEVICE_GONE} (the token is stale or not ours
 * — UNREGISTERED, SENDER_ID_MISMATCH, an invalid registration token: the device is removed, never retried),
 * {@link Kind#TRANSIENT} (quota, outage, network, our access token: retried later, not before {@code retryAfter} when
 * FCM names it) or {@link Kind#PERMANENT} (the message itself, or the APNs / web-push credentials: logged, not retried).
 */
public final class PushFailure extends ChannelFailure {

    public enum Kind { DEVICE_GONE, TRANSIENT, PERMANENT }

    private final Kind kind;
    private final String errorCode;
    private final Duration retryAfter;

    private PushFailure(String message, Kind kind, String errorCode, Duration retryAfter, Throwable cause) {
        super(message, kind != Kind.TRANSIENT, cause);
        this.kind = kind;
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    public static PushFailure deviceGone(String errorCode, String message) {
        return new PushFailure(message, Kind.DEVICE_GONE, errorCode, null, null);
    }

    /** @param retryAfter FCM's {@code Retry-After}; null when it named none */
    public static PushFailure later(String message, Duration retryAfter, Throwable cause) {
        return new PushFailure(message, Kind.TRANSIENT, null, retryAfter, cause);
    }

    public static PushFailure refused(String errorCode, String message) {
        return new PushFailure(message, Kind.PERMANENT, errorCode, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** FCM's error code (UNREGISTERED, SENDER_ID_MISMATCH, INVALID_ARGUMENT…); null when it gave none. */
    public String errorCode() {
        return errorCode;
    }

    /** The wait FCM asked for; null when none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
