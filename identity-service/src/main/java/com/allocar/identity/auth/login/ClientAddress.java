package com.allocar.identity.auth.login;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The client IP as identity sees it: the right-most {@code X-Forwarded-For} entry, else the TCP peer.
 * Identity is reachable only from the gateway, so the last entry is the one the gateway wrote; entries
 * to its left are client-supplied. Same parsing as the gateway's ClientIpResolver. Trusting it costs
 * nothing even if a caller could forge it: a forged address only buys a fresh per-client count, which
 * a fresh {@code device_id} buys too, and the per-identifier ceiling bounds both.
 */
public final class ClientAddress {

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    public static String of(String peer, List<String> forwardedFor) {
        String forwarded = lastForwarded(forwardedFor);
        return forwarded != null ? forwarded : peer;
    }

    private static @Nullable String lastForwarded(List<String> headerValues) {
        for (int i = headerValues.size() - 1; i >= 0; i--) {
            String[] entries = headerValues.get(i).split(",");
            for (int j = entries.length - 1; j >= 0; j--) {
                String candidate = entries[j].trim();
                if (!candidate.isEmpty()) {
                    // a malformed last hop was not written by the gateway: ignore the header
                    return IP.matcher(candidate).matches() ? candidate : null;
                }
            }
        }
        return null;
    }
}
