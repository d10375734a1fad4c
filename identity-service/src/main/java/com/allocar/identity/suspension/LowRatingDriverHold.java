package com.allocar.identity.suspension;

import java.math.BigDecimal;

/**
 * A driver whose average rating falls below the floor, once enough ratings say so, is held: no new trips until staff
 * look at it (the review queue). "Enough" counts from the last release: a driver staff released is held again only
 * after as many new ratings, still below the floor. Passengers are never held (they are rated too).
 */
public final class LowRatingDriverHold {

    private LowRatingDriverHold() {
    }

    /**
     * @param ratingCount        the member's ratings now
     * @param clearedAtCount     their count when staff last released a hold (0 if never)
     * @param floor / minRatings the admin settings in force
     */
    public static boolean applies(boolean driver, boolean held, BigDecimal average, int ratingCount, int clearedAtCount, BigDecimal floor,
                                  int minRatings) {
        return driver && !held && average != null && ratingCount - clearedAtCount >= minRatings && average.compareTo(floor) < 0;
    }
}
