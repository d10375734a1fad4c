package com.allocar.admin.booking;

import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** admin-service's side of booking-service's staff API: what we send and what we read, against booking's fixtures (ADR 008). */
class BookingContractsTest {

    @Test
    void theArbitrationWeSendIsTheOneBookingDocuments() {
        var sent = ContractFixtures.assertWrites("booking-service/internal/arbitration.v1", BookingServiceClient.Arbitration.class);
        assertThat(sent.outcome()).isEqualTo("cancelled");
        assertThat(sent.refundAmount()).isEqualByComparingTo("5000");
        assertThat(sent.staffId()).isEqualTo(UUID.fromString("11111111-1111-4111-8111-000000000009"));
    }

    @Test
    void theBookingWeReadHasEveryFieldWeShow() {
        var booking = ContractFixtures.read("booking-service/internal/staff-booking-view.v1", BookingServiceClient.Booking.class);
        assertThat(booking.status()).isEqualTo("cancelled");
        assertThat(booking.refundAmount()).isEqualByComparingTo("5000");
        assertThat(booking.feeAmount()).isEqualByComparingTo("7000");
        assertThat(booking.cancelledBy()).isEqualTo("admin");
    }
}
