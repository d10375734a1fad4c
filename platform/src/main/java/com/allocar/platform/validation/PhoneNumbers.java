package com.allocar.platform.validation;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * E.164 phone numbers, the only form the fleet stores or sends. Input must be international
 * ({@code +225…}); spaces, dots and dashes are tolerated and removed. Validity is checked against
 * the numbering plan (Côte d'Ivoire: 10 national digits since 2021), not just the digit count.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s.\\-()]", "");
        if (!compact.matches("\\+[1-9]\\d{6,14}")) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(compact, null);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return normalize(raw).isPresent();
    }

    /** {@code +2250701020304} → {@code +225*******304}: enough for a user to recognise their number. */
    public static String mask(String e164) {
        if (e164 == null || e164.length() < 7) {
            return e164;
        }
        return e164.substring(0, 4) + "*".repeat(e164.length() - 7) + e164.substring(e164.length() - 3);
    }
}
