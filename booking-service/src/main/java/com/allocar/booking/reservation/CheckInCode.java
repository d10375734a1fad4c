package com.allocar.booking.reservation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * A paid booking's check-in code: the QR carries 256 random bits; the short code (8 symbols of an alphabet
 * without look-alikes, 40 bits) is what a passenger reads out when the QR cannot be scanned. Only the booking's
 * driver may present it, on that booking, once — so 40 bits are far beyond guessing.
 */
public record CheckInCode(String qrCode, String shortCode) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    public static final int SHORT_LENGTH = 8;

    public static CheckInCode generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String qr = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        char[] s = new char[SHORT_LENGTH];
        for (int i = 0; i < s.length; i++) {
            s[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new CheckInCode(qr, new String(s));
    }

    /** Constant-time comparison with either form (the short code is case-insensitive, spaces and dashes ignored). */
    public static boolean matches(String presented, String qrCode, String shortCode) {
        if (presented == null || qrCode == null || shortCode == null) {
            return false;
        }
        String p = presented.trim();
        boolean qr = MessageDigest.isEqual(p.getBytes(StandardCharsets.UTF_8), qrCode.getBytes(StandardCharsets.UTF_8));
        String normalised = p.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        boolean shortOk = MessageDigest.isEqual(normalised.getBytes(StandardCharsets.UTF_8), shortCode.getBytes(StandardCharsets.UTF_8));
        return qr | shortOk;
    }
}
