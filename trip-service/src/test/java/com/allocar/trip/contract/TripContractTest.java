package com.allocar.trip.contract;

import java.util.Map;

import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;
import com.allocar.trip.api.TripInternalApi;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * trip-service's side of the fleet's contracts (ADR 008): each fixture of contracts/trip-service/ is exactly what its record
 * writes, and every event type trip-service declares has its fixture on its topic. A field renamed here, or there,
 * fails this build; the consumers' contract tests read the same fixtures into their own records.
 */
class TripContractTest {

    static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry("trip-service/trip.created.v1", TripEvents.TripDetails.class),
            Map.entry("trip-service/trip.published.v1", TripEvents.TripDetails.class),
            Map.entry("trip-service/trip.updated.v1", TripEvents.TripDetails.class),
            Map.entry("trip-service/trip.cancelled.v1", TripEvents.TripCancelled.class),
            Map.entry("trip-service/trip.started.v1", TripEvents.TripStarted.class),
            Map.entry("trip-service/trip.completed.v1", TripEvents.TripCompleted.class),
            Map.entry("trip-service/trip.deleted.v1", TripEvents.TripDeleted.class),
            Map.entry("trip-service/seat_hold.expired.v1", TripEvents.SeatHoldExpired.class),
            Map.entry("trip-service/driver.activated.v1", TripEvents.DriverActivated.class),
            Map.entry("trip-service/search.volume.v1", TripEvents.SearchVolume.class),
            Map.entry("trip-service/internal/hold-request.v1", TripInternalApi.HoldRequest.class),
            Map.entry("trip-service/internal/hold-view.v1", TripInternalApi.HoldView.class),
            Map.entry("trip-service/internal/release-request.v1", TripInternalApi.ReleaseRequest.class),
            Map.entry("trip-service/internal/trip-summary.v1", TripInternalApi.TripSummary.class),
            Map.entry("trip-service/internal/price-band-update.v1", TripInternalApi.PriceBandUpdate.class),
            Map.entry("trip-service/internal/price-band-view.v1", TripInternalApi.PriceBandView.class),
            Map.entry("trip-service/internal/staff-cancellation.v1", TripInternalApi.StaffCancellation.class),
            Map.entry("trip-service/internal/staff-trip-view.v1", TripInternalApi.StaffTripView.class));

    @Test
    void every_fixture_is_what_our_records_write_and_every_event_type_has_one() {
        ContractFixtures.assertContract("trip-service", RECORDS, TripEventType.values());
    }
}
