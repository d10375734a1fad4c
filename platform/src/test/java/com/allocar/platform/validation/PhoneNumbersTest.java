package com.allocar.platform.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "+2250701020304, +2250701020304",      // Orange
            "+225 05 44 55 66 77, +2250544556677", // MTN, spaced
            "+225-01-02-03-04-05, +2250102030405", // Moov, dashed
            "+2252722445566, +2252722445566",      // Abidjan fixed line
            "+221771234567, +221771234567",        // Senegal
            "+33612345678, +33612345678"})         // France
    void acceptsValidInternationalNumbersAndNormalises(String raw, String e164) {
        assertThat(PhoneNumbers.normalize(raw)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0701020304", "2250701020304", "+22507010203", "+225070102030405", "+2250901020304",
            "+0000000000", "+225 07 01 02 03 0x", "", "  ", "+"})
    void rejectsLocalTruncatedOrImpossibleNumbers(String raw) {
        assertThat(PhoneNumbers.normalize(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"+2250701020304, +225*******304"})
    void masksAllButCountryAndLastDigits(String e164, String masked) {
        assertThat(PhoneNumbers.mask(e164)).isEqualTo(masked);
    }
}
