package com.allocar.booking.trip;

import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** booking-service's side of trip-service's internal API: what we send and what we read, against trip's fixtures (ADR 008). */
class TripContractsTest {

    private static final UUID BOOKING = UUID.fromString("11111111-1111-4111-8111-000000000001");
    private static final UUID DRIVER = UUID.fromString("11111111-1111-4111-8111-000000000004");

    @Test
    void the_requests_we_send_are_the_ones_trip_documents() {
        var hold = ContractFixtures.assertWrites("trip-service/internal/hold-request.v1", TripServiceClient.HoldRequest.class);
        assertThat(hold.bookingId()).isEqualTo(BOOKING);
        var release = ContractFixtures.assertWrites("trip-service/internal/release-request.v1", TripServiceClient.ReleaseRequest.class);
        assertThat(release.reason()).isEqualTo(HoldReleaseReason.BOOKING_CANCELLED);
    }

    @Test
    void the_trip_and_the_hold_we_read() {
        var trip = ContractFixtures.read("trip-service/internal/trip-summary.v1", TripServiceClient.TripFacts.class);
        assertThat(trip.driverId()).isEqualTo(DRIVER);
        assertThat(trip.pricePerSeat()).isEqualByComparingTo("4500");
        assertThat(trip.status()).isEqualTo("published");
        var hold = ContractFixtures.read("trip-service/internal/hold-view.v1", TripServiceClient.Hold.class);
        assertThat(hold.bookingId()).isEqualTo(BOOKING);
        assertThat(hold.seatsAvailable()).isEqualTo(1);
        assertThat(hold.trip().driverId()).isEqualTo(DRIVER);
    }
}
