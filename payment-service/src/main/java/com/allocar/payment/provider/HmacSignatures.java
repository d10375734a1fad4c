package com.allocar.payment.provider;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code t=<unix s>,v1=<hex>[,v1=…]} header scheme shared by Wave ({@code HMAC(t + body)}) and Stripe
 * ({@code HMAC(t + "." + body)}): HMAC-SHA256 over the raw body bytes, lower-case hex, constant-time compare,
 * any {@code v1} may match (secret rotation), and the timestamp must fall inside the replay window.
 */
public final class HmacSignatures {

    private HmacSignatures() {
    }

    public record Parsed(long timestamp, List<String> v1) {
    }

    public static Parsed parse(String header) {
        if (header == null || header.isBlank()) {
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "signature header missing");
        }
        long t = -1;
        List<String> v1 = new ArrayList<>();
        for (String item : header.split(",")) {
            String[] kv = item.trim().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if ("t".equals(kv[0])) {
                try {
                    t = Long.parseLong(kv[1].trim());
                } catch (NumberFormatException e) {
                    t = -1;
                }
            } else if ("v1".equals(kv[0])) {
                v1.add(kv[1].trim());
            }
        }
        if (t <= 0 || v1.isEmpty()) {
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "signature header has no timestamp or no v1");
        }
        return new Parsed(t, v1);
    }

    /**
     * @param separator "" for Wave, "." for Stripe
     */
    public static void verify(String header, byte[] body, String secret, String separator, Instant now, Duration tolerance, Duration futureSkew) {
        Parsed p = parse(header);
        String expected = sign(secret, p.timestamp(), separator, body);
        byte[] expectedBytes = expected.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (String candidate : p.v1()) {
            match |= MessageDigest.isEqual(expectedBytes, candidate.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        }
        if (!match) {
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "signature does not match");
        }
        Instant signedAt = Instant.ofEpochSecond(p.timestamp());
        if (signedAt.isBefore(now.minus(tolerance)) || signedAt.isAfter(now.plus(futureSkew))) {
            throw new WebhookRejected(WebhookRejected.Reason.STALE, "signature timestamp outside the replay window");
        }
    }

    public static String sign(String secret, long timestamp, String separator, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + separator).getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
