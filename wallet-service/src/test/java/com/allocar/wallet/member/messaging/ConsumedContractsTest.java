package com.allocar.wallet.member.messaging;

import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What wallet-service reads of identity's events, from identity's fixtures (ADR 008). */
class ConsumedContractsTest {

    private static final UUID PASSENGER = UUID.fromString("11111111-1111-4111-8111-000000000003");
    private static final UUID DRIVER = UUID.fromString("11111111-1111-4111-8111-000000000004");

    @Test
    void identity_users() {
        assertThat(ContractFixtures.read("identity-service/user.registered.v1", IdentityUsersListener.UserRegistered.class))
                .isEqualTo(new IdentityUsersListener.UserRegistered(PASSENGER, "+2250100000003", "Awa", "Koné"));
        assertThat(ContractFixtures.read("identity-service/user.updated.v1", IdentityUsersListener.UserUpdated.class))
                .isEqualTo(new IdentityUsersListener.UserUpdated(PASSENGER, "Awa", "Koné"));
        var referral = ContractFixtures.read("identity-service/referral.applied.v1", IdentityUsersListener.ReferralApplied.class);
        assertThat(referral.referrerId()).isEqualTo(DRIVER);
        assertThat(referral.refereeId()).isEqualTo(PASSENGER);
        assertThat(referral.bonusReferrer()).isEqualByComparingTo("500");
        assertThat(referral.bonusReferee()).isEqualByComparingTo("500");
    }

    @Test
    void identity_kyc() {
        for (String type : new String[] {"kyc.submitted", "kyc.approved", "kyc.rejected"}) {
            assertThat(ContractFixtures.read("identity-service/" + type + ".v1", KycListener.KycEvent.class).userId()).isEqualTo(DRIVER);
        }
    }
}
