package com.allocar.trip.member;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What passengers see of a driver: first name and last initial only ("Kouassi Y."), photo and rating.
 * Built from the members read model; a driver identity has not told us about yet shows without a name.
 */
public record DriverSummary(UUID id, String firstName, String lastInitial, String displayName, String photoUrl,
                            BigDecimal ratingAvg, int ratingCount) {

    public static DriverSummary of(UUID id, String firstName, String lastName, String photoUrl, BigDecimal ratingAvg, int ratingCount) {
        String first = blankToNull(firstName);
        String initial = blankToNull(lastName) == null ? null : lastName.strip().substring(0, lastName.strip().offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT) + ".";
        String display = first == null ? "Membre AlloCar" : initial == null ? first : first + " " + initial;
        return new DriverSummary(id, first, initial, display, photoUrl, ratingAvg == null ? BigDecimal.ZERO.setScale(2) : ratingAvg, ratingCount);
    }

    public static DriverSummary unknown(UUID id) {
        return of(id, null, null, null, null, 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
