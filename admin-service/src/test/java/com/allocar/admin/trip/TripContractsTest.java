package com.allocar.admin.trip;

import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** admin-service's side of trip-service's staff API: what we send and what we read, against trip's fixtures (ADR 008). */
class TripContractsTest {

    @Test
    void theCancellationWeSendIsTheOneTripDocuments() {
        var sent = ContractFixtures.assertWrites("trip-service/internal/staff-cancellation.v1", TripServiceClient.StaffCancellation.class);
        assertThat(sent.staffId()).isEqualTo(UUID.fromString("11111111-1111-4111-8111-000000000009"));
    }

    @Test
    void theTripWeReadHasEveryFieldWeShow() {
        var trip = ContractFixtures.read("trip-service/internal/staff-trip-view.v1", TripServiceClient.Trip.class);
        assertThat(trip.status()).isEqualTo("cancelled");
        assertThat(trip.cancelReason()).isEqualTo("Annonce frauduleuse");
        assertThat(trip.seatsTotal()).isEqualTo(3);
    }
}
