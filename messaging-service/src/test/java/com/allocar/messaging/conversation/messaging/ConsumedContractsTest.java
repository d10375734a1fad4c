package com.allocar.messaging.conversation.messaging;

import java.util.Arrays;
import java.util.UUID;

import com.allocar.messaging.booking.BookingServiceClient;
import com.allocar.messaging.conversation.BookingStatus;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What messaging-service reads of booking-service (its events and its internal summary), from booking's fixtures (ADR 008). */
class ConsumedContractsTest {

    private static final UUID BOOKING = UUID.fromString("11111111-1111-4111-8111-000000000001");
    private static final UUID PASSENGER = UUID.fromString("11111111-1111-4111-8111-000000000003");
    private static final UUID DRIVER = UUID.fromString("11111111-1111-4111-8111-000000000004");

    @Test
    void every_booking_event_we_hear_reads_into_our_record_with_a_known_status() {
        for (HeardEvent type : HeardEvent.values()) {
            var b = ContractFixtures.read("booking-service/" + type.wire() + ".v1", BookingEventsListener.BookingChanged.class);
            assertThat(b.bookingId()).as(type.wire()).isEqualTo(BOOKING);
            assertThat(b.passengerId()).isEqualTo(PASSENGER);
            assertThat(b.driverId()).isEqualTo(DRIVER);
            assertThat(b.tripId()).isNotNull();
            assertThat(b.departureTime()).isNotNull();
            assertThat(b.occurredAt()).isNotNull();
            assertThat(BookingStatus.fromWire(b.status())).as("status of %s", type.wire()).isPresent();
        }
    }

    @Test
    void we_hear_every_booking_event_that_carries_a_booking_changed() {
        var published = ContractFixtures.of("booking-service").stream()
                .filter(n -> n.startsWith("booking-service/booking."))
                .map(n -> n.substring("booking-service/".length(), n.length() - ".v1".length())).toList();
        assertThat(Arrays.stream(HeardEvent.values()).map(HeardEvent::wire).toList()).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void cancellations_and_completion_carry_the_status_the_chat_window_needs() {
        assertThat(ContractFixtures.read("booking-service/booking.rejected.v1", BookingEventsListener.BookingChanged.class).status())
                .isEqualTo(BookingStatus.CANCELLED.wire());
        assertThat(ContractFixtures.read("booking-service/booking.no_show.v1", BookingEventsListener.BookingChanged.class).status())
                .isEqualTo(BookingStatus.CANCELLED.wire());
        assertThat(ContractFixtures.read("booking-service/booking.completed.v1", BookingEventsListener.BookingChanged.class).status())
                .isEqualTo(BookingStatus.COMPLETED.wire());
    }

    @Test
    void the_internal_summary_reads_into_our_record() {
        var s = ContractFixtures.read("booking-service/internal/booking-summary.v1", BookingServiceClient.BookingSummary.class);
        assertThat(s.id()).isEqualTo(BOOKING);
        assertThat(s.passengerId()).isEqualTo(PASSENGER);
        assertThat(s.driverId()).isEqualTo(DRIVER);
        assertThat(BookingStatus.fromWire(s.status())).isPresent();
        assertThat(s.departureTime()).isNotNull();
    }
}
