package com.allocar.notification.channel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The FCM HTTP v1 request body of one push, {@code {"message":{token, notification, data, android, apns}}}, at most
 * {@value #MAX_BYTES} bytes — FCM's limit on a message's payload, held here for the whole body (token and JSON
 * included), so FCM never refuses one for its size: a body too long (a chat preview) is cut on a character and ends
 * with an ellipsis. Urgent pushes wake the device (Android {@code high}, {@code apns-priority: 10}), the others wait for
 * a good moment ({@code normal}, 5).
 */
public final class FcmPayload {

    public static final int MAX_BYTES = 4096;
    static final String ELLIPSIS = "…";

    private final JsonMapper json;
    private final String ttl;

    /** @param ttl how long FCM keeps the push for an offline Android device, written as FCM's duration ({@code 86400s}) */
    public FcmPayload(JsonMapper json, Duration ttl) {
        this.json = json;
        this.ttl = ttl.toSeconds() + "s";
    }

    /** @throws PushFailure (permanent) when even an empty body does not fit: the title or the data are too long */
    public byte[] of(PushMessage m) throws PushFailure {
        String body = m.body() == null ? "" : m.body();
        byte[] whole = render(m, body);
        if (whole.length <= MAX_BYTES) {
            return whole;
        }
        // the longest prefix of the body (in code points) that fits with its ellipsis: a binary search on renders
        int[] points = body.codePoints().toArray();
        int fits = -1;
        int lo = 0;
        int hi = points.length - 1;
        byte[] best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            byte[] candidate = render(m, new String(points, 0, mid).stripTrailing() + ELLIPSIS);
            if (candidate.length <= MAX_BYTES) {
                fits = mid;
                best = candidate;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (fits < 0) {
            throw PushFailure.refused(null, "push payload over " + MAX_BYTES + " bytes even without its body (" + whole.length + " bytes)");
        }
        return best;
    }

    private byte[] render(PushMessage m, String body) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("title", m.title());
        notification.put("body", body);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("token", m.token());
        message.put("notification", notification);
        message.put("data", m.data());
        message.put("android", Map.of("priority", m.urgent() ? "high" : "normal", "ttl", ttl));
        message.put("apns", Map.of("headers", Map.of("apns-priority", m.urgent() ? "10" : "5"),
                "payload", Map.of("aps", Map.of("sound", "default"))));
        return json.writeValueAsBytes(Map.of("message", message));
    }
}
