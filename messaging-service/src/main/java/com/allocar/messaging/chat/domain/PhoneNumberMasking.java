package com.allocar.messaging.chat.domain;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

/**
 * Phone numbers in a chat message are hidden, whatever their country: Google libphonenumber's matcher finds valid
 * numbers written the local way for Côte d'Ivoire ("0701020304", "07 01 02 03 04") and any number with its
 * international prefix ("+225 07 01 02 03 04", "+33 6 12 34 56 78", "00225…").
 */
public final class PhoneNumberMasking {

    /** Numbers without an international prefix are read as Ivorian ones. */
    static final String DEFAULT_REGION = "CI";

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    public MaskedText apply(MaskedText in) {
        String text = in.text();
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (PhoneNumberMatch match : phones.findNumbers(text, DEFAULT_REGION, Leniency.VALID, Long.MAX_VALUE)) {
            out.append(text, from, match.start()).append(MaskedKind.PHONE.replacement());
            from = match.end();
        }
        boolean found = from > 0;
        out.append(text, from, text.length());
        return in.and(found ? out.toString() : text, MaskedKind.PHONE, found);
    }
}
