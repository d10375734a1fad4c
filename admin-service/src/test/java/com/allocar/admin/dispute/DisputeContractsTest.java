package com.allocar.admin.dispute;

import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** admin-service's side of booking-service's staff dispute API: what we send and what we read, against booking's fixtures (ADR 008). */
class DisputeContractsTest {

    @Test
    void theReviewWeSendIsTheOneBookingDocuments() {
        var sent = ContractFixtures.assertWrites("booking-service/internal/dispute-review.v1", BookingDisputesClient.Review.class);
        assertThat(sent.status()).isEqualTo("resolved");
        assertThat(sent.resolution()).startsWith("Le conducteur a été averti");
        assertThat(sent.staffId()).isEqualTo(UUID.fromString("11111111-1111-4111-8111-000000000010"));
    }

    @Test
    void theDisputeWeReadHasEveryFieldWeShowWithItsBooking() {
        var dispute = ContractFixtures.read("booking-service/internal/staff-dispute-view.v1", BookingDisputesClient.Dispute.class);
        assertThat(dispute.status()).isEqualTo("resolved");
        assertThat(dispute.category()).isEqualTo("driver_behaviour");
        assertThat(dispute.resolvedBy()).isEqualTo(UUID.fromString("11111111-1111-4111-8111-000000000010"));
        assertThat(dispute.booking().passengerId()).isEqualTo(dispute.openedBy());
        assertThat(dispute.booking().amountPaid()).isEqualByComparingTo("12000");
        assertThat(dispute.booking().status()).isEqualTo("paid");
    }
}
