package com.allocar.messaging.chat.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses in a chat message are hidden ("écris-moi à awa.kone@gmail.com"). */
public final class EmailMasking {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)*\\.[\\p{L}]{2,}");

    public MaskedText apply(MaskedText in) {
        Matcher m = EMAIL.matcher(in.text());
        boolean found = m.find();
        return in.and(found ? m.replaceAll(Matcher.quoteReplacement(MaskedKind.EMAIL.replacement())) : in.text(), MaskedKind.EMAIL, found);
    }
}
