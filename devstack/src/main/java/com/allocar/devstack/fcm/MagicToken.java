package com.allocar.devstack.fcm;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration tokens that ask the fake for one of FCM's real refusals, so that a test (or a developer's phone
 * emulator) can play a stale device or an outage: {@code <kind>-…} is always refused, {@code <kind>-<n>x-…} only for
 * the first n sends to that token (then it is accepted: an outage that ends).
 * <table>
 * <tr><th>prefix</th><th>answer</th></tr>
 * <tr><td>{@code unregistered-}</td><td>404 NOT_FOUND, UNREGISTERED, "Requested entity was not found."</td></tr>
 * <tr><td>{@code mismatch-}</td><td>403 PERMISSION_DENIED, SENDER_ID_MISMATCH</td></tr>
 * <tr><td>{@code invalid-}</td><td>400 INVALID_ARGUMENT, "The registration token is not a valid FCM registration token"</td></tr>
 * <tr><td>{@code quota-}</td><td>429 RESOURCE_EXHAUSTED, QUOTA_EXCEEDED, {@code Retry-After: 60}</td></tr>
 * <tr><td>{@code unavailable-}</td><td>503 UNAVAILABLE, {@code Retry-After: 1}</td></tr>
 * <tr><td>{@code internal-}</td><td>500 INTERNAL</td></tr>
 * <tr><td>{@code thirdparty-}</td><td>401 UNAUTHENTICATED, THIRD_PARTY_AUTH_ERROR (APNs / web push credentials)</td></tr>
 * </table>
 */
enum MagicToken {
    UNREGISTERED("unregistered", new GoogleError(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED", null, null)),
    MISMATCH("mismatch", new GoogleError(403, "PERMISSION_DENIED", "SenderId mismatch", "SENDER_ID_MISMATCH", null, null)),
    INVALID("invalid", GoogleError.invalidArgument("The registration token is not a valid FCM registration token")),
    QUOTA("quota", new GoogleError(429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Messages per minute per device'.",
            "QUOTA_EXCEEDED", null, "60")),
    UNAVAILABLE("unavailable", new GoogleError(503, "UNAVAILABLE", "The service is currently unavailable.", "UNAVAILABLE", null, "1")),
    INTERNAL("internal", new GoogleError(500, "INTERNAL", "Internal error encountered.", "INTERNAL", null, null)),
    THIRD_PARTY("thirdparty", new GoogleError(401, "UNAUTHENTICATED", "Auth error from APNS or Web Push Service",
            "THIRD_PARTY_AUTH_ERROR", null, null));

    private static final Pattern PREFIX = Pattern.compile("^(unregistered|mismatch|invalid|quota|unavailable|internal|thirdparty)-(?:(\\d{1,4})x-)?");

    /** @param times how many sends are refused; 0 = every one */
    record Match(MagicToken kind, int times) {
        GoogleError error() {
            return kind.error;
        }
    }

    private final String prefix;
    private final GoogleError error;

    MagicToken(String prefix, GoogleError error) {
        this.prefix = prefix;
        this.error = error;
    }

    static Optional<Match> of(String token) {
        Matcher m = PREFIX.matcher(token);
        if (!m.find()) {
            return Optional.empty();
        }
        for (MagicToken t : values()) {
            if (t.prefix.equals(m.group(1))) {
                return Optional.of(new Match(t, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
            }
        }
        return Optional.empty();
    }
}
