package com.allocar.trip.vehicle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlateNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234 AB 01|1234AB01", "1234-ab-01|1234AB01", " 1234ab01 |1234AB01", "ci 5678.cd.01|CI5678CD01", "AB\t12 34|AB1234"})
    void normalisesToUpperCaseWithoutSeparators(String raw, String expected) {
        assertThat(PlateNumber.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "AB1", "1234/AB/01", "ABCDEFGHIJKLM", "12é4AB"})
    void refusesWhatIsNotAPlate(String raw) {
        assertThatThrownBy(() -> PlateNumber.normalise(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> PlateNumber.normalise(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearsArePlausibleFrom1980ToNextYear() {
        assertThat(Vehicle.plausibleYear(null, 2026)).isTrue();
        assertThat(Vehicle.plausibleYear(1980, 2026)).isTrue();
        assertThat(Vehicle.plausibleYear(2027, 2026)).isTrue();
        assertThat(Vehicle.plausibleYear(2028, 2026)).isFalse();
        assertThat(Vehicle.plausibleYear(1979, 2026)).isFalse();
    }
}
