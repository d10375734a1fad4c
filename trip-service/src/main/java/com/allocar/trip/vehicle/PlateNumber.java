package com.allocar.trip.vehicle;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A registration plate in its one canonical spelling: upper case, without spaces, dashes or dots, so
 * "1234 ab-01" and "1234AB01" are the same car (and the unique index sees them as such).
 */
public final class PlateNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.·_]+");
    private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9]{4,12}");

    private PlateNumber() {
    }

    /** @throws IllegalArgumentException when what is left is not 4 to 12 letters and digits */
    public static String normalise(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("plate number is required");
        }
        String canonical = SEPARATORS.matcher(raw.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        if (!CANONICAL.matcher(canonical).matches()) {
            throw new IllegalArgumentException("must be 4 to 12 letters and digits (spaces and dashes are ignored)");
        }
        return canonical;
    }
}
