package com.allocar.messaging.chat.domain;

import java.util.Optional;

/** A text message is 1 to 2000 characters once trimmed (counted in code points, so an emoji is one). */
public final class TextContent {

    public static final int MAX_LENGTH = 2000;

    private TextContent() {
    }

    /** The trimmed text, or the reason it is refused. */
    public static Optional<String> problem(String content) {
        if (content == null || content.strip().isEmpty()) {
            return Optional.of("must not be empty");
        }
        String t = content.strip();
        if (t.codePointCount(0, t.length()) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    public static String normalized(String content) {
        return content.strip();
    }
}
