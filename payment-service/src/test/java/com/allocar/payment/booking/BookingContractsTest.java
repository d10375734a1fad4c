package com.allocar.payment.booking;

import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What payment-service reads of booking-service (its events and GET /internal/bookings/{id}), from booking's fixtures. */
class BookingContractsTest {

    private static final UUID BOOKING = UUID.fromString("11111111-1111-4111-8111-000000000001");
    private static final UUID PASSENGER = UUID.fromString("11111111-1111-4111-8111-000000000003");

    @Test
    void every_booking_event_feeds_the_read_model() {
        for (String name : ContractFixtures.of("booking-service")) {
            if (!name.contains("/booking.")) {
                continue;
            }
            var changed = ContractFixtures.read(name, BookingChanged.class);
            BookingView view = changed.view();
            assertThat(view.id()).as(name).isEqualTo(BOOKING);
            assertThat(view.passengerId()).as(name).isEqualTo(PASSENGER);
            assertThat(view.amountTotal()).as(name).isEqualByComparingTo("9000");
            assertThat(view.status()).as(name).isEqualTo(ContractFixtures.example(name).path("status").asString());
        }
    }

    @Test
    void the_internal_summary() {
        var summary = ContractFixtures.read("booking-service/internal/booking-summary.v1", BookingSummary.class);
        assertThat(summary.id()).isEqualTo(BOOKING);
        assertThat(summary.passengerId()).isEqualTo(PASSENGER);
        assertThat(summary.amountTotal()).isEqualByComparingTo("9000");
        assertThat(summary.status()).isEqualTo("accepted");
    }
}
