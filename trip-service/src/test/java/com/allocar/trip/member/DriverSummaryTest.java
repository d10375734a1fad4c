package com.allocar.trip.member;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DriverSummaryTest {

    @Test
    void showsFirstNameAndLastInitialOnly() {
        var s = DriverSummary.of(UUID.randomUUID(), "Kouassi", "yao", null, new BigDecimal("4.80"), 37);
        assertThat(s.displayName()).isEqualTo("Kouassi Y.");
        assertThat(s.lastInitial()).isEqualTo("Y.");
        assertThat(s.firstName()).isEqualTo("Kouassi");
        var accented = DriverSummary.of(UUID.randomUUID(), "Awa", "Éhui", null, null, 0);
        assertThat(accented.displayName()).isEqualTo("Awa É.");
        assertThat(accented.ratingAvg()).isEqualByComparingTo("0");
    }

    @Test
    void anUnknownMemberHasAGenericName() {
        var s = DriverSummary.unknown(UUID.randomUUID());
        assertThat(s.displayName()).isEqualTo("Membre AlloCar");
        assertThat(s.firstName()).isNull();
        assertThat(s.lastInitial()).isNull();
    }
}
