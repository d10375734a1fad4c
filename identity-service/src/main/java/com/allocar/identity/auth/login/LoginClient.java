package com.allocar.identity.auth.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * Who is trying to sign in: the app's device when the request names one ({@code device_id}, a random id
 * the app creates at install), else the client IP. Only a SHA-256 of the device id is kept anywhere.
 *
 * @param key the throttle's name for this client
 * @param deviceHash SHA-256 (hex) of the device id, or null for an IP-only client (never trusted)
 */
public record LoginClient(String key, @Nullable String deviceHash) {

    public static LoginClient of(@Nullable String deviceId, String ip) {
        if (deviceId == null) {
            return new LoginClient("ip:" + ip, null);
        }
        String hash = sha256(deviceId);
        return new LoginClient("device:" + hash, hash);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
