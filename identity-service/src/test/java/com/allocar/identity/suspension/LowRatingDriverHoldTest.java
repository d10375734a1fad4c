package com.allocar.identity.suspension;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LowRatingDriverHoldTest {

    private static final BigDecimal FLOOR = new BigDecimal("3.0");

    private static boolean holds(boolean driver, boolean held, String avg, int count, int clearedAt) {
        return LowRatingDriverHold.applies(driver, held, avg == null ? null : new BigDecimal(avg), count, clearedAt, FLOOR, 5);
    }

    @Test
    void aDriverUnderTheFloorAfterEnoughRatingsIsHeld() {
        assertThat(holds(true, false, "2.99", 5, 0)).isTrue();
        assertThat(holds(true, false, "1.00", 40, 0)).isTrue();
    }

    @Test
    void theFloorItselfTooFewRatingsAPassengerOrAHoldAlreadyAreNot() {
        assertThat(holds(true, false, "3.00", 5, 0)).as("at the floor").isFalse();
        assertThat(holds(true, false, "1.00", 4, 0)).as("4 ratings").isFalse();
        assertThat(holds(false, false, "1.00", 9, 0)).as("a passenger").isFalse();
        assertThat(holds(true, true, "1.00", 9, 0)).as("held already").isFalse();
        assertThat(holds(true, false, null, 9, 0)).as("no average").isFalse();
    }

    @Test
    void afterAReleaseOnlyAsManyNewRatingsBringTheHoldBack() {
        assertThat(holds(true, false, "2.50", 9, 5)).as("4 new ratings").isFalse();
        assertThat(holds(true, false, "2.50", 10, 5)).as("5 new ratings").isTrue();
        assertThat(holds(true, false, "3.10", 10, 5)).as("back over the floor").isFalse();
    }
}
