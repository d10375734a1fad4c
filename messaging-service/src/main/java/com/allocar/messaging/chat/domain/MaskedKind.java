package com.allocar.messaging.chat.domain;

import java.util.Locale;

/** What kind of contact detail was hidden in a message; travels as {@code phone} / {@code email} / {@code url}. */
public enum MaskedKind {
    PHONE("[numéro masqué]"),
    EMAIL("[e-mail masqué]"),
    URL("[lien masqué]");

    private final String replacement;

    MaskedKind(String replacement) {
        this.replacement = replacement;
    }

    /** What stands in the text where the detail was. */
    public String replacement() {
        return replacement;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
