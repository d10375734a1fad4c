package com.allocar.identity.user;

import java.security.SecureRandom;

/** Personal referral codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
public final class ReferralCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferralCodes() {
    }

    public static String next() {
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }
}
