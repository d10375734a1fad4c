package com.allocar.trip.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PriceRangeTest {

    private final PriceRange range = new PriceRange("abidjan-yamoussoukro", new BigDecimal("3000"), new BigDecimal("9000"));

    @Test
    void boundsAreInclusive() {
        assertThat(range.allows(new BigDecimal("3000"))).isTrue();
        assertThat(range.allows(new BigDecimal("9000.00"))).isTrue();
        assertThat(range.allows(new BigDecimal("2999.99"))).isFalse();
        assertThat(range.allows(new BigDecimal("9000.01"))).isFalse();
    }

    @Test
    void outsideIsAValidationErrorCarryingFloorAndCeiling() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> range.check(new BigDecimal("15000")));
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.details()).containsEntry("floor", new BigDecimal("3000")).containsEntry("ceiling", new BigDecimal("9000"))
                .containsEntry("axis", "abidjan-yamoussoukro");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) e.details().get("fields");
        assertThat(fields).singleElement().satisfies(f -> assertThat(f).containsEntry("field", "price_per_seat"));
    }

    @Test
    void aFloorAboveTheCeilingIsRefused() {
        assertThatThrownBy(() -> new PriceRange("x", new BigDecimal("10"), new BigDecimal("5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceRange("x", new BigDecimal("-1"), new BigDecimal("5"))).isInstanceOf(IllegalArgumentException.class);
    }
}
