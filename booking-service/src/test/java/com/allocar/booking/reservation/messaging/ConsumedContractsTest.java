package com.allocar.booking.reservation.messaging;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import com.allocar.booking.reservation.PaymentReply.PaymentFailed;
import com.allocar.booking.reservation.PaymentReply.PaymentSucceeded;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the saga reads of trip-service's and payment-service's events, from their fixtures (ADR 008): a field renamed on
 * the producer's side fails here, not in a booking that never gets paid.
 */
class ConsumedContractsTest {

    private static final UUID BOOKING = UUID.fromString("11111111-1111-4111-8111-000000000001");
    private static final UUID TRIP = UUID.fromString("11111111-1111-4111-8111-000000000002");

    @Test
    void every_event_type_we_follow_has_its_fixture_on_the_topic_we_listen_to() {
        ContractFixtures.assertPublishedOn("trip-service", TripEventsListener.TOPIC,
                Arrays.stream(TripEventsListener.Type.values()).map(TripEventsListener.Type::wire).toArray(String[]::new));
        ContractFixtures.assertPublishedOn("payment-service", PaymentEventsListener.TOPIC,
                Arrays.stream(PaymentEventsListener.Type.values()).map(PaymentEventsListener.Type::wire).toArray(String[]::new));
        for (PaymentEventsListener.Type type : PaymentEventsListener.Type.values()) {
            assertThat(ContractFixtures.example("payment-service/" + type.wire() + ".v1").path("purpose").asString())
                    .isEqualTo(PaymentEventsListener.BOOKING_PURPOSE);
        }
    }

    @Test
    void a_seat_hold_expiry_names_the_booking_and_the_hold() {
        var e = ContractFixtures.read("trip-service/seat_hold.expired.v1", TripEventsListener.SeatHoldExpired.class);
        assertThat(e.bookingId()).isEqualTo(BOOKING);
        assertThat(e.holdId()).isEqualTo(UUID.fromString("11111111-1111-4111-8111-000000000005"));
    }

    @Test
    void a_trip_called_off_or_moved_names_the_trip_and_its_new_departure() {
        var cancelled = ContractFixtures.read("trip-service/trip.cancelled.v1", TripEventsListener.TripCancelled.class);
        assertThat(cancelled.tripId()).isEqualTo(TRIP);
        assertThat(cancelled.byStaff()).isTrue();
        assertThat(cancelled.staffId()).isEqualTo(UUID.fromString("11111111-1111-4111-8111-000000000009"));
        // the driver's own, and an event written before staff could cancel (no cancelled_by): not staff's
        assertThat(new TripEventsListener.TripCancelled(TRIP, "driver", null).byStaff()).isFalse();
        assertThat(new TripEventsListener.TripCancelled(TRIP, null, null).byStaff()).isFalse();
        assertThat(ContractFixtures.read("trip-service/trip.deleted.v1", TripEventsListener.TripCalledOff.class).tripId()).isEqualTo(TRIP);
        var moved = ContractFixtures.read("trip-service/trip.updated.v1", TripEventsListener.TripDetails.class);
        assertThat(moved.tripId()).isEqualTo(TRIP);
        assertThat(moved.departureTime()).isEqualTo(Instant.parse("2026-12-24T07:30:00Z"));
    }

    @Test
    void payments_replies_carry_what_the_saga_decides_on() {
        var paid = ContractFixtures.read("payment-service/payment.succeeded.v1", PaymentSucceeded.class);
        assertThat(paid.bookingId()).isEqualTo(BOOKING);
        assertThat(paid.amount()).isEqualByComparingTo("8500");
        assertThat(paid.method()).isEqualTo("wave");
        var failed = ContractFixtures.read("payment-service/payment.failed.v1", PaymentFailed.class);
        assertThat(failed.bookingId()).isEqualTo(BOOKING);
        assertThat(failed.reason()).isEqualTo("insufficient balance");
    }
}
