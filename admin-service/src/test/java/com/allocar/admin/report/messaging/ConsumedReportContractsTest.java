package com.allocar.admin.report.messaging;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the report listeners read of the owners' events is in their fixtures, on the topics they listen to. */
class ConsumedReportContractsTest {

    @Test
    void theFinanceFactsAreInPaymentsFixtures() {
        ContractFixtures.assertPublishedOn("payment-service", "payment.payments", "payment.succeeded", "payment.refunded", "payout.completed");
        var paid = ContractFixtures.read("payment-service/payment.succeeded.v1", PaymentFactsListener.Succeeded.class);
        assertThat(paid.amount()).isEqualByComparingTo("8500");
        assertThat(paid.commission()).isEqualByComparingTo("900");
        assertThat(paid.providerFee()).isEqualByComparingTo("85");
        assertThat(paid.paidAt()).isNotNull();
        assertThat(ContractFixtures.read("payment-service/payment.refunded.v1", PaymentFactsListener.Refunded.class).refundAmount())
                .isEqualByComparingTo("6750");
        assertThat(ContractFixtures.read("payment-service/payout.completed.v1", PaymentFactsListener.PayoutCompleted.class).completedAt()).isNotNull();
    }

    @Test
    void theUsageFactsAreInIdentitysTripsAndBookingsFixtures() {
        ContractFixtures.assertPublishedOn("identity-service", "identity.users", "user.registered");
        ContractFixtures.assertPublishedOn("trip-service", "trip.trips", "trip.published");
        ContractFixtures.assertPublishedOn("trip-service", "trip.searches", "search.volume");
        ContractFixtures.assertPublishedOn("booking-service", "booking.bookings", "booking.created", "booking.paid");
        assertThat(ContractFixtures.read("identity-service/user.registered.v1", UsageFactsListener.UserRegistered.class).userId()).isNotNull();
        assertThat(ContractFixtures.read("trip-service/trip.published.v1", UsageFactsListener.TripPublished.class).driverId()).isNotNull();
        var volume = ContractFixtures.read("trip-service/search.volume.v1", UsageFactsListener.SearchVolume.class);
        assertThat(volume.searches()).isPositive();
        assertThat(volume.windowEnd()).isAfter(volume.windowStart());
        assertThat(ContractFixtures.read("booking-service/booking.paid.v1", UsageFactsListener.BookingChanged.class).bookingId()).isNotNull();
    }
}
