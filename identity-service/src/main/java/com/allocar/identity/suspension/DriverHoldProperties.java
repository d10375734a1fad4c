package com.allocar.identity.suspension;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The defaults of the low-rating driver hold, until staff set the admin settings {@code driver_rating_floor} and
 * {@code driver_rating_min_count}: an average under 3.0 after at least 5 ratings.
 */
@ConfigurationProperties("allocar.identity.driver-hold")
public record DriverHoldProperties(@DefaultValue("3.0") BigDecimal ratingFloor, @DefaultValue("5") int minRatings) {
}
