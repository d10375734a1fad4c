package com.allocar.messaging.chat.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A text after masking, and which kinds of contact details were hidden in it (empty when none). */
public record MaskedText(String text, Set<MaskedKind> masked) {

    public MaskedText {
        masked = masked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(masked));
    }

    public static MaskedText untouched(String text) {
        return new MaskedText(text, Set.of());
    }

    /** This text with {@code more} hidden as well. */
    MaskedText and(String newText, MaskedKind kind, boolean found) {
        if (!found) {
            return new MaskedText(newText, masked);
        }
        EnumSet<MaskedKind> all = masked.isEmpty() ? EnumSet.noneOf(MaskedKind.class) : EnumSet.copyOf(masked);
        all.add(kind);
        return new MaskedText(newText, all);
    }

    /** In the enum's order, for stable answers. */
    public List<MaskedKind> kinds() {
        return masked.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(masked));
    }
}
