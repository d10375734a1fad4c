package com.allocar.trip.ride;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.DomainEvent;
import com.allocar.platform.lifecycle.IllegalTransition;
import com.allocar.trip.api.TripEventType;
import com.allocar.trip.api.TripEvents;
import com.allocar.trip.geo.GeoPoint;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TripTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant DEPARTURE = NOW.plus(Duration.ofDays(1));
    private static final Trip.Place ABIDJAN = new Trip.Place(new GeoPoint(5.3575, -4.0083), "Abidjan");
    private static final Trip.Place YAMOUSSOUKRO = new Trip.Place(new GeoPoint(6.8276, -5.2893), "Yamoussoukro");
    private final UUID driver = UUID.randomUUID();
    private final UUID vehicle = UUID.randomUUID();

    private Trip offered(boolean publish) {
        return Trip.offer(driver, vehicle, new TripDraft(ABIDJAN, YAMOUSSOUKRO, DEPARTURE, null, BigDecimal.valueOf(6000), 3,
                vehicle, "1 valise", "Non-fumeur", true, publish), NOW);
    }

    private static Trip clean(Trip trip) {
        trip.clearRecordedEvents();
        return trip;
    }

    private static <E> E only(Trip trip, Class<E> type) {
        List<DomainEvent> events = trip.recordedEvents();
        assertThat(events).hasSize(1);
        return type.cast(events.getFirst());
    }

    @Test
    void aDraftIsCreatedWithItsIdAndAnnouncedOnce() {
        Trip trip = offered(false);
        assertThat(trip.getStatus()).isEqualTo(TripStatus.DRAFT);
        assertThat(trip.getId().version()).isEqualTo(4);
        TripCreated created = only(trip, TripCreated.class);
        assertThat(created.type()).isEqualTo(TripEventType.TRIP_CREATED);
        assertThat(created.aggregateId()).isEqualTo(trip.getId());
        TripEvents.TripDetails d = created.payload();
        assertThat(d.tripId()).isEqualTo(trip.getId());
        assertThat(d.status()).isEqualTo("draft");
        assertThat(d.currency()).isEqualTo("XOF");
        assertThat(d.seatsAvailable()).isEqualTo(3);
        assertThat(d.origin()).isEqualTo(new TripEvents.Place(5.3575, -4.0083, "Abidjan"));
        assertThat(d.stops()).isEmpty();
        assertThat(created.departuresSeen()).containsExactly(DEPARTURE);
    }

    @Test
    void publishedAtOnceItIsCreatedThenPublishedBothAsItEnds() {
        Trip trip = offered(true);
        assertThat(trip.getStatus()).isEqualTo(TripStatus.PUBLISHED);
        assertThat(trip.getPublishedAt()).isEqualTo(NOW);
        assertThat(trip.recordedEvents()).hasSize(2);
        assertThat(((TripCreated) trip.recordedEvents().get(0)).payload().status()).isEqualTo("published");
        assertThat(((TripPublished) trip.recordedEvents().get(1)).payload().status()).isEqualTo("published");
    }

    @Test
    void publishingNeedsADraftThatHasNotLeft() {
        Trip trip = clean(offered(false));
        trip.publish(List.of(), NOW);
        assertThat(only(trip, TripPublished.class).payload().status()).isEqualTo("published");

        IllegalTransition twice = catchThrowableOfType(IllegalTransition.class, trip::checkPublishable);
        assertThat(twice.current()).isEqualTo("published");
        Trip late = clean(offered(false));
        ApiException passed = catchThrowableOfType(ApiException.class, () -> late.publish(List.of(), DEPARTURE.plusSeconds(1)));
        assertThat(passed.details()).containsKey("departure_time");
        assertThat(late.getStatus()).isEqualTo(TripStatus.DRAFT);
        assertThat(late.recordedEvents()).isEmpty();
    }

    @Test
    void anEditIsAnnouncedWithTheDayItUsedToLeave() {
        Trip trip = clean(offered(true));
        trip.checkEditable(NOW);
        Instant later = DEPARTURE.plus(Duration.ofDays(2));
        trip.reschedule(later, null);
        trip.edited(DEPARTURE, List.of());
        TripUpdated updated = only(trip, TripUpdated.class);
        assertThat(updated.type()).isEqualTo(TripEventType.TRIP_UPDATED);
        assertThat(updated.payload().departureTime()).isEqualTo(later);
        assertThat(updated.departuresSeen()).containsExactly(DEPARTURE, later);
        ApiException departed = catchThrowableOfType(ApiException.class, () -> trip.checkEditable(later));
        assertThat(departed.details()).containsKey("departure_time");
    }

    @Test
    void cancellingNamesTheBookingsAndIsRefusedOnceUnderWay() {
        Trip trip = clean(offered(true));
        List<UUID> bookings = List.of(UUID.randomUUID());
        trip.cancel("panne", bookings, NOW);
        assertThat(trip.getStatus()).isEqualTo(TripStatus.CANCELLED);
        assertThat(trip.getCancelReason()).isEqualTo("panne");
        TripCancelled cancelled = only(trip, TripCancelled.class);
        assertThat(cancelled.payload()).isEqualTo(new TripEvents.TripCancelled(trip.getId(), driver, DEPARTURE, "panne", NOW, bookings,
                "driver", null));

        Trip ongoing = offered(true);
        ongoing.start(NOW);
        clean(ongoing);
        IllegalTransition e = catchThrowableOfType(IllegalTransition.class, () -> ongoing.cancel("x", List.of(), NOW));
        assertThat(e.current()).isEqualTo("ongoing");
        assertThat(e.allowed()).containsExactly("completed");
        assertThat(ongoing.recordedEvents()).isEmpty();
    }

    @Test
    void aStaffCancellationNamesTheStaffMemberAndIsAuditedBesideIt() {
        UUID staff = UUID.randomUUID();
        List<UUID> bookings = List.of(UUID.randomUUID(), UUID.randomUUID());
        Trip draft = clean(offered(false));
        draft.cancelByStaff(staff, "Annonce frauduleuse", bookings, NOW);
        assertThat(draft.getStatus()).isEqualTo(TripStatus.CANCELLED);
        assertThat(draft.getCancelReason()).isEqualTo("Annonce frauduleuse");
        assertThat(draft.getCancelledAt()).isEqualTo(NOW);
        List<DomainEvent> events = draft.recordedEvents();
        assertThat(events).hasSize(2);
        assertThat(((TripCancelled) events.get(0)).payload()).isEqualTo(new TripEvents.TripCancelled(draft.getId(), driver, DEPARTURE,
                "Annonce frauduleuse", NOW, bookings, "admin", staff));
        AuditEntry audit = ((Audited) events.get(1)).entry();
        assertThat(audit.actorType()).isEqualTo("admin");
        assertThat(audit.actorId()).isEqualTo(staff);
        assertThat(audit.action()).isEqualTo("trip.cancel");
        assertThat(audit.entity()).isEqualTo("trip");
        assertThat(audit.entityId()).isEqualTo(draft.getId().toString());
        assertThat(audit.meta()).containsEntry("reason", "Annonce frauduleuse").containsEntry("previous_status", "draft")
                .containsEntry("driver_id", driver.toString()).containsEntry("affected_bookings", 2);
        assertThat(audit.occurredAt()).isEqualTo(NOW);

        // the same lifecycle as the driver's: nothing once under way or over, and nothing recorded then
        for (Trip gone : List.of(started(), cancelled())) {
            TripStatus before = gone.getStatus();
            IllegalTransition e = catchThrowableOfType(IllegalTransition.class, () -> gone.cancelByStaff(staff, "x", List.of(), NOW));
            assertThat(e.current()).isEqualTo(before.wire());
            assertThat(gone.getStatus()).isEqualTo(before);
            assertThat(gone.recordedEvents()).isEmpty();
        }
    }

    private Trip started() {
        Trip t = offered(true);
        t.start(NOW);
        return clean(t);
    }

    private Trip cancelled() {
        Trip t = offered(true);
        t.cancel("panne", List.of(), NOW);
        return clean(t);
    }

    @Test
    void onlyATripNobodyPaidForThatHasNotLeftIsDeleted() {
        Trip trip = clean(offered(true));
        trip.delete(List.of());
        assertThat(only(trip, TripDeleted.class).payload()).isEqualTo(new TripEvents.TripDeleted(trip.getId(), driver, DEPARTURE, List.of()));

        Trip paid = clean(offered(true));
        ReflectionTestUtils.setField(paid, "seatsConfirmed", 1);
        ApiException e = catchThrowableOfType(ApiException.class, () -> paid.delete(List.of()));
        assertThat(e.details()).containsEntry("seats_confirmed", 1);

        Trip ongoing = offered(true);
        ongoing.start(NOW);
        IllegalTransition gone = catchThrowableOfType(IllegalTransition.class, () -> ongoing.delete(List.of()));
        assertThat(gone.allowed()).containsExactly("draft", "published");
    }

    @Test
    void startAndCompleteAreIdempotentAndRecordedOnce() {
        Trip trip = clean(offered(true));
        assertThat(trip.start(NOW)).isTrue();
        TripStarted started = only(trip, TripStarted.class);
        assertThat(started.payload()).isEqualTo(new TripEvents.TripStarted(trip.getId(), driver, NOW));
        assertThat(started.departuresSeen()).containsExactly(DEPARTURE);
        clean(trip);
        assertThat(trip.start(NOW)).isFalse();
        assertThat(trip.recordedEvents()).isEmpty();

        assertThat(trip.complete(NOW)).isTrue();
        TripCompleted completed = only(trip, TripCompleted.class);
        assertThat(completed.payload()).isEqualTo(new TripEvents.TripCompleted(trip.getId(), driver, NOW));
        assertThat(completed.departuresSeen()).isEmpty();
        clean(trip);
        assertThat(trip.complete(NOW)).isFalse();
        assertThat(trip.recordedEvents()).isEmpty();
    }

    @Test
    void aDraftCannotStartNorAPublishedTripComplete() {
        Trip draft = clean(offered(false));
        IllegalTransition start = catchThrowableOfType(IllegalTransition.class, () -> draft.start(NOW));
        assertThat(start.allowed()).containsExactly("cancelled", "published");
        Trip published = clean(offered(true));
        IllegalTransition complete = catchThrowableOfType(IllegalTransition.class, () -> published.complete(NOW));
        assertThat(complete.current()).isEqualTo("published");
        assertThat(draft.recordedEvents()).isEmpty();
        assertThat(published.recordedEvents()).isEmpty();
    }
}
