package com.allocar.booking.contract;

import java.util.Map;

import com.allocar.booking.api.BookingEventType;
import com.allocar.booking.api.BookingEvents;
import com.allocar.booking.api.BookingInternalApi;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * booking-service's side of the fleet's contracts (ADR 008): each fixture of contracts/booking-service/ is exactly what its record
 * writes, and every event type booking-service declares has its fixture on its topic. A field renamed here, or there,
 * fails this build; the consumers' contract tests read the same fixtures into their own records.
 */
class BookingContractTest {

    static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry("booking-service/booking.created.v1", BookingEvents.BookingChanged.class),
            Map.entry("booking-service/booking.accepted.v1", BookingEvents.BookingChanged.class),
            Map.entry("booking-service/booking.rejected.v1", BookingEvents.BookingChanged.class),
            Map.entry("booking-service/booking.paid.v1", BookingEvents.BookingChanged.class),
            Map.entry("booking-service/booking.cancelled.v1", BookingEvents.BookingChanged.class),
            Map.entry("booking-service/booking.checked_in.v1", BookingEvents.BookingChanged.class),
            Map.entry("booking-service/booking.completed.v1", BookingEvents.BookingChanged.class),
            Map.entry("booking-service/booking.no_show.v1", BookingEvents.BookingChanged.class),
            Map.entry("booking-service/booking.rescheduled.v1", BookingEvents.BookingChanged.class),
            Map.entry("booking-service/check_in.issued.v1", BookingEvents.CheckInIssued.class),
            Map.entry("booking-service/refund.requested.v1", BookingEvents.RefundRequested.class),
            Map.entry("booking-service/driver.penalized.v1", BookingEvents.DriverPenalized.class),
            Map.entry("booking-service/user.rating_updated.v1", BookingEvents.RatingUpdated.class),
            Map.entry("booking-service/dispute.opened.v1", BookingEvents.DisputeChanged.class),
            Map.entry("booking-service/dispute.updated.v1", BookingEvents.DisputeChanged.class),
            Map.entry("booking-service/internal/booking-summary.v1", BookingInternalApi.BookingSummary.class),
            Map.entry("booking-service/internal/arbitration.v1", BookingInternalApi.Arbitration.class),
            Map.entry("booking-service/internal/staff-booking-view.v1", BookingInternalApi.StaffBookingView.class),
            Map.entry("booking-service/internal/dispute-review.v1", BookingInternalApi.DisputeReview.class),
            Map.entry("booking-service/internal/staff-dispute-view.v1", BookingInternalApi.StaffDisputeView.class));

    @Test
    void every_fixture_is_what_our_records_write_and_every_event_type_has_one() {
        ContractFixtures.assertContract("booking-service", RECORDS, BookingEventType.values());
    }
}
