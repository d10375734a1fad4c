package com.allocar.trip.member.messaging;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What trip-service reads of identity's and booking's events, read from their producers' fixtures (ADR 008). */
class ConsumedContractsTest {

    private static final UUID DRIVER = UUID.fromString("11111111-1111-4111-8111-000000000004");
    private static final UUID PASSENGER = UUID.fromString("11111111-1111-4111-8111-000000000003");

    @Test
    void identity_users() {
        var registered = ContractFixtures.read("identity-service/user.registered.v1", IdentityEventsListener.UserRegistered.class);
        assertThat(registered).isEqualTo(new IdentityEventsListener.UserRegistered(PASSENGER, "Awa", "Koné"));
        var updated = ContractFixtures.read("identity-service/user.updated.v1", IdentityEventsListener.UserUpdated.class);
        assertThat(updated).isEqualTo(new IdentityEventsListener.UserUpdated(PASSENGER, "Awa", "Koné", null, false));
    }

    @Test
    void identity_kyc() {
        for (String type : new String[] {"kyc.submitted", "kyc.approved", "kyc.rejected"}) {
            assertThat(ContractFixtures.read("identity-service/" + type + ".v1", IdentityEventsListener.KycEvent.class).userId())
                    .isEqualTo(DRIVER);
        }
    }

    @Test
    void booking_ratings() {
        var rating = ContractFixtures.read("booking-service/user.rating_updated.v1", RatingListener.RatingUpdated.class);
        assertThat(rating).isEqualTo(new RatingListener.RatingUpdated(DRIVER, new BigDecimal("4.67"), 3));
    }

    @Test
    void every_type_we_read_has_a_fixture_of_its_producer() {
        Arrays.stream(ConsumedEventType.values()).forEach(t -> assertThat(
                ContractFixtures.of("identity-service").contains("identity-service/" + t.wire() + ".v1")
                        || ContractFixtures.of("booking-service").contains("booking-service/" + t.wire() + ".v1"))
                .as(t.wire()).isTrue());
    }
}
