package com.allocar.trip.pricing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

/** The floor and ceiling of a seat's price on one axis, both inclusive. */
public record PriceRange(String axis, BigDecimal floor, BigDecimal ceiling) {

    public PriceRange {
        if (floor.signum() < 0 || floor.compareTo(ceiling) > 0) {
            throw new IllegalArgumentException("floor must be >= 0 and <= ceiling");
        }
    }

    public boolean allows(BigDecimal price) {
        return price.compareTo(floor) >= 0 && price.compareTo(ceiling) <= 0;
    }

    /** A price outside the range is a {@code validation_error} of {@code price_per_seat} carrying the range. */
    public void check(BigDecimal price) {
        if (allows(price)) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fields", List.of(Map.of("field", "price_per_seat",
                "message", "must be between " + floor.toPlainString() + " and " + ceiling.toPlainString() + " XOF on this axis")));
        details.put("axis", axis);
        details.put("floor", floor);
        details.put("ceiling", ceiling);
        throw new ApiException(ErrorCode.VALIDATION_ERROR, "Price per seat is outside the range allowed on this axis", details);
    }
}
