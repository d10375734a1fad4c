package com.allocar.identity.user.messaging;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What identity-service reads of trip's and booking's events, from their producers' fixtures (ADR 008). */
class ConsumedContractsTest {

    private static final UUID DRIVER = UUID.fromString("11111111-1111-4111-8111-000000000004");

    @Test
    void the_types_we_listen_to_are_published_on_our_topics() {
        ContractFixtures.assertPublishedOn("trip-service", DriverActivationListener.TOPIC, DriverActivationListener.DRIVER_ACTIVATED);
        ContractFixtures.assertPublishedOn("booking-service", RatingListener.TOPIC, RatingListener.RATING_UPDATED);
    }

    @Test
    void driver_activated() {
        var activated = ContractFixtures.read("trip-service/driver.activated.v1", DriverActivationListener.DriverActivated.class);
        assertThat(activated.userId()).isEqualTo(DRIVER);
        assertThat(activated.activatedAt()).isNotNull();
    }

    @Test
    void rating_updated() {
        assertThat(ContractFixtures.read("booking-service/user.rating_updated.v1", RatingListener.RatingUpdated.class))
                .isEqualTo(new RatingListener.RatingUpdated(DRIVER, new BigDecimal("4.67"), 3));
    }
}
