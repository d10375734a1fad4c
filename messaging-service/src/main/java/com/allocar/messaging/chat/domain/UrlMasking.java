package com.allocar.messaging.chat.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links in a chat message are hidden: {@code http(s)://…}, {@code www.…} and bare domains with a path or a common
 * top-level domain ({@code wa.me/2250701020304}, {@code bit.ly/x}, {@code monsite.ci}). Run after {@link EmailMasking}
 * so an address's domain is not taken for a link.
 */
public final class UrlMasking {

    private static final String TLD = "(?:com|net|org|info|biz|ci|fr|sn|ml|bf|tg|bj|cm|gn|ne|me|ly|io|co|app|link|site|online|gl|gg|to|tv|be|ch|ca|us|uk|africa)";
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s]+"
                    + "|\\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\." + TLD + "\\b(?:/[^\\s]*)?");

    public MaskedText apply(MaskedText in) {
        Matcher m = URL.matcher(in.text());
        boolean found = m.find();
        return in.and(found ? m.replaceAll(Matcher.quoteReplacement(MaskedKind.URL.replacement())) : in.text(), MaskedKind.URL, found);
    }
}
