package com.allocar.notification.template;

/**
 * How many SMS segments a text takes: GSM-7 (160 septets alone, 153 per part when concatenated; the extension
 * characters take two), or UCS-2 (70 / 67) as soon as one character is outside GSM 03.38.
 */
public final class SmsSegments {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private SmsSegments() {
    }

    /** Septets of the text in GSM-7, or -1 when it cannot be sent in GSM-7. */
    public static int septets(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                n += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                n += 2;
            } else {
                return -1;
            }
        }
        return n;
    }

    public static boolean gsm7(String text) {
        return septets(text) >= 0;
    }

    public static int count(String text) {
        int septets = septets(text);
        if (septets >= 0) {
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
