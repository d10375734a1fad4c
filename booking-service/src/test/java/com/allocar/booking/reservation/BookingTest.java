package com.allocar.booking.reservation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.booking.api.BookingEventType;
import com.allocar.booking.api.BookingEvents.BookingChanged;
import com.allocar.booking.reservation.BookingEvent.BookingNoted;
import com.allocar.booking.reservation.BookingEvent.Changed;
import com.allocar.booking.reservation.BookingEvent.DriverPenalized;
import com.allocar.booking.reservation.BookingEvent.RefundRequested;
import com.allocar.booking.cancellation.domain.CancellationRules;
import com.allocar.booking.cancellation.domain.CancellationSettings;
import com.allocar.booking.cancellation.domain.Initiator;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.DomainEvent;
import com.allocar.platform.events.PublishedEvent;
import com.allocar.platform.lifecycle.IllegalTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each transition of the aggregate, allowed and refused, and the events it records. */
class BookingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final CancellationRules rules = new CancellationRules(CancellationSettings.defaults());
    private final UUID passenger = UUID.randomUUID();
    private final UUID driver = UUID.randomUUID();
    private final UUID hold = UUID.randomUUID();

    private Booking pending(Instant departure) {
        Booking b = Booking.create(new NewBooking(UUID.randomUUID(), UUID.randomUUID(), passenger, driver, 2, new BigDecimal("6000"),
                "XOF", departure, "Abidjan", "Yamoussoukro", hold), NOW);
        b.clearRecordedEvents();
        return b;
    }

    private Booking pending() {
        return pending(NOW.plus(Duration.ofDays(3)));
    }

    private Booking accepted() {
        Booking b = pending();
        b.accept(driver, NOW);
        b.clearRecordedEvents();
        return b;
    }

    private Booking paid(Instant departure) {
        Booking b = pending(departure);
        b.accept(driver, NOW);
        b.pay(UUID.randomUUID(), new BigDecimal("12000"), CheckInCode.generate(), NOW);
        b.clearRecordedEvents();
        return b;
    }

    private Booking paid() {
        return paid(NOW.plus(Duration.ofDays(3)));
    }

    private static List<String> types(Booking b) {
        return b.recordedEvents().stream().map(e -> ((PublishedEvent) e).type().wire()).toList();
    }

    private static BookingChanged change(Booking b, int i) {
        return ((Changed) b.recordedEvents().get(i)).change();
    }

    @Test
    void aNewBookingIsPendingAndRecordsItsCreation() {
        Booking b = Booking.create(new NewBooking(UUID.randomUUID(), UUID.randomUUID(), passenger, driver, 2, new BigDecimal("6000"),
                "XOF", NOW.plus(Duration.ofDays(1)), "A", "B", hold), NOW);
        assertThat(b.getStatus()).isEqualTo(BookingStatus.PENDING);
        assertThat(b.getAmountTotal()).isEqualByComparingTo("12000");
        assertThat(types(b)).containsExactly("booking.created");
        Changed created = (Changed) b.recordedEvents().getFirst();
        assertThat(created.change().previousStatus()).isNull();
        assertThat(created.change().status()).isEqualTo("pending");
        assertThat(created.trail().by()).isEqualTo(Actor.USER);
        assertThat(created.trail().actorId()).isEqualTo(passenger);
        assertThat(created.trail().meta()).containsEntry("hold_id", hold.toString()).containsEntry("seats", 2);
    }

    @Test
    void acceptIsForAPendingBookingOnly() {
        Booking b = pending();
        b.accept(driver, NOW);
        assertThat(b.getStatus()).isEqualTo(BookingStatus.ACCEPTED);
        assertThat(types(b)).containsExactly("booking.accepted");
        assertThat(change(b, 0).previousStatus()).isEqualTo("pending");
        assertThatThrownBy(() -> b.accept(driver, NOW)).isInstanceOfSatisfying(IllegalTransition.class,
                e -> assertThat(e.current()).isEqualTo("accepted"));
    }

    @Test
    void autoAcceptIsTheSystemsDoing() {
        Booking b = pending();
        b.autoAccept(NOW);
        Changed e = (Changed) b.recordedEvents().getFirst();
        assertThat(e.type()).isEqualTo(BookingEventType.BOOKING_ACCEPTED);
        assertThat(e.trail().by()).isEqualTo(Actor.SYSTEM);
        assertThat(e.trail().meta()).containsEntry("auto_accept", true);
    }

    @Test
    void payIsForAnAcceptedBookingOnlyAndBearsTheCheckInCode() {
        Booking b = accepted();
        UUID payment = UUID.randomUUID();
        b.pay(payment, new BigDecimal("12000"), CheckInCode.generate(), NOW);
        assertThat(b.getStatus()).isEqualTo(BookingStatus.PAID);
        assertThat(b.getQrCode()).isNotBlank();
        assertThat(b.paidBy(payment)).isTrue();
        assertThat(types(b)).containsExactly("booking.paid", "check_in.issued");
        var issued = (BookingEvent.CheckInIssued) b.recordedEvents().get(1);
        assertThat(issued.code().shortCode()).isEqualTo(b.getShortCode()).hasSize(CheckInCode.SHORT_LENGTH);
        assertThat(issued.code().passengerId()).isEqualTo(b.getPassengerId());
        assertThatThrownBy(() -> pending().pay(payment, BigDecimal.TEN, CheckInCode.generate(), NOW))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.allowed()).containsExactly("accepted", "cancelled"));
    }

    @Test
    void rejectIsForAPendingBookingOnly() {
        Booking b = pending();
        b.reject(driver, "full", rules, NOW);
        assertThat(b.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(b.getCancelReason()).isEqualTo(CancelReason.REJECTED);
        assertThat(types(b)).containsExactly("booking.rejected");
        assertThat(((Changed) b.recordedEvents().getFirst()).trail().meta()).containsEntry("note", "full").containsEntry("reason", "rejected");
        assertThatThrownBy(() -> accepted().reject(driver, null, rules, NOW)).isInstanceOfSatisfying(IllegalTransition.class,
                e -> assertThat(e.current()).isEqualTo("accepted"));
    }

    @Test
    void aPassengersLateCancellationOfAPaidBookingRequestsTheRefundMinusTheFee() {
        Booking b = paid(NOW.plus(Duration.ofHours(2)));
        b.cancel(new CancelRequest(Initiator.PASSENGER, Actor.USER, passenger, CancelReason.PASSENGER_CANCELLED, null, false), rules, NOW);
        assertThat(types(b)).containsExactly("booking.cancelled", "refund.requested");
        var refund = ((RefundRequested) b.recordedEvents().get(1)).refund();
        assertThat(refund.refundId()).isEqualTo(RefundIds.ofCancellation(b.getId()));
        assertThat(refund.refundAmount()).isEqualByComparingTo("9600");
        assertThat(refund.feeAmount()).isEqualByComparingTo("2400");
        assertThat(refund.reason()).isEqualTo("passenger_cancelled");
        assertThat(b.getCancelledBy()).isEqualTo("user");
        assertThat(b.getHoldReleasedAt()).isNull();
    }

    @Test
    void aDriversLateCancellationPenalisesTheDriver() {
        Booking b = paid(NOW.plus(Duration.ofHours(2)));
        b.cancel(new CancelRequest(Initiator.DRIVER, Actor.USER, driver, CancelReason.DRIVER_CANCELLED, null, false), rules, NOW);
        assertThat(types(b)).containsExactly("booking.cancelled", "refund.requested", "driver.penalized");
        var penalty = ((DriverPenalized) b.recordedEvents().get(2)).penalty();
        assertThat(penalty.amount()).isEqualByComparingTo("1200");
        assertThat(penalty.reason()).isEqualTo("late_cancellation");
    }

    @Test
    void anUnpaidCancellationRequestsNoRefundAndAFinalStateCannotBeCancelled() {
        Booking b = accepted();
        b.cancel(CancelRequest.bySystem(Initiator.SYSTEM, CancelReason.HOLD_EXPIRED, true), rules, NOW);
        assertThat(types(b)).containsExactly("booking.cancelled");
        assertThat(b.getRefundAmount()).isNull();
        assertThat(b.getHoldReleasedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> b.cancel(CancelRequest.bySystem(Initiator.SYSTEM, CancelReason.HOLD_EXPIRED, true), rules, NOW))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.current()).isEqualTo("cancelled");
                    assertThat(e.allowed()).isEmpty();
                });
    }

    @Test
    void aHoldExpiryCancelsOnlyAnUnpaidBookingOfThatHold() {
        assertThat(paid().holdExpired(hold, rules, NOW)).isFalse();
        assertThat(accepted().holdExpired(UUID.randomUUID(), rules, NOW)).isFalse();
        Booking b = pending();
        assertThat(b.holdExpired(hold, rules, NOW)).isTrue();
        assertThat(b.getCancelReason()).isEqualTo(CancelReason.HOLD_EXPIRED);
        assertThat(b.getCancelledBy()).isEqualTo("system");
    }

    @Test
    void aTripCalledOffCancelsALiveBookingOnly() {
        Booking b = paid();
        b.tripCalledOff(CancelReason.TRIP_CANCELLED, rules, NOW);
        assertThat(b.getCancelReason()).isEqualTo(CancelReason.TRIP_CANCELLED);
        assertThat(types(b)).containsExactly("booking.cancelled", "refund.requested");
        b.clearRecordedEvents();
        b.tripCalledOff(CancelReason.TRIP_DELETED, rules, NOW);
        assertThat(b.recordedEvents()).isEmpty();
    }

    @Test
    void checkInIsForAPaidBookingOnceWithItsOwnCode() {
        Booking b = paid();
        assertThatThrownBy(() -> b.checkIn(driver, "WRONG", NOW)).isInstanceOf(ApiException.class);
        b.checkIn(driver, b.getShortCode(), NOW);
        assertThat(b.getCheckedInAt()).isEqualTo(NOW);
        assertThat(types(b)).containsExactly("booking.checked_in");
        assertThat(change(b, 0).status()).isEqualTo("paid");
        assertThat(change(b, 0).previousStatus()).isEqualTo("paid");
        assertThatThrownBy(() -> b.checkIn(driver, b.getShortCode(), NOW)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> accepted().checkIn(driver, "X", NOW)).isInstanceOfSatisfying(IllegalTransition.class,
                e -> assertThat(e.current()).isEqualTo("accepted"));
    }

    @Test
    void theRideStartsAndEndsFromAPaidBookingOnly() {
        assertThatThrownBy(() -> accepted().requireStartable()).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> accepted().requireEndable()).isInstanceOf(IllegalTransition.class);
        Booking b = paid();
        b.requireStartable();
        b.rideStarted(driver, NOW);
        assertThat(b.recordedEvents()).singleElement().isInstanceOfSatisfying(BookingNoted.class,
                n -> assertThat(n.note()).isEqualTo(AuditNote.RIDE_STARTED));
    }

    @Test
    void theEndOfTheRideCompletesTheCheckedInMarksTheAbsentAndCancelsTheUnpaid() {
        Booking onBoard = paid();
        onBoard.checkIn(driver, onBoard.getQrCode(), NOW);
        onBoard.clearRecordedEvents();
        assertThat(onBoard.rideEnded(driver, rules, NOW)).isFalse();
        assertThat(onBoard.getStatus()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(types(onBoard)).containsExactly("booking.completed");
        onBoard.requireEndable(); // ending again is fine

        Booking absent = paid(NOW.minus(Duration.ofHours(1)));
        assertThat(absent.rideEnded(driver, rules, NOW)).isFalse();
        assertThat(absent.isNoShow()).isTrue();
        assertThat(absent.getCancelReason()).isEqualTo(CancelReason.NO_SHOW);
        assertThat(absent.getFeeAmount()).isEqualByComparingTo("6000");
        assertThat(types(absent)).containsExactly("booking.no_show", "refund.requested");

        Booking unpaid = accepted();
        assertThat(unpaid.rideEnded(driver, rules, NOW)).isTrue();
        assertThat(unpaid.getCancelReason()).isEqualTo(CancelReason.TRIP_COMPLETED);
    }

    @Test
    void rescheduleMovesALiveBookingOnlyAndKeepsItsStatus() {
        Booking b = accepted();
        Instant later = NOW.plus(Duration.ofDays(4));
        assertThat(b.reschedule(later, NOW)).isTrue();
        assertThat(b.getDepartureTime()).isEqualTo(later);
        assertThat(types(b)).containsExactly("booking.rescheduled");
        assertThat(change(b, 0).status()).isEqualTo("accepted");
        assertThat(change(b, 0).previousStatus()).isEqualTo("accepted");
        assertThat(change(b, 0).departureTime()).isEqualTo(later);
        b.clearRecordedEvents();
        assertThat(b.reschedule(later, NOW)).isFalse();
        b.cancel(CancelRequest.bySystem(Initiator.SYSTEM, CancelReason.HOLD_EXPIRED, true), rules, NOW);
        b.clearRecordedEvents();
        assertThat(b.reschedule(NOW.plus(Duration.ofDays(5)), NOW)).isFalse();
        assertThat(b.recordedEvents()).isEmpty();
    }

    @Test
    void aPaymentTheBookingCannotTakeIsRefundedInFullUnderTheLatePaymentRule() {
        Booking b = pending();
        UUID payment = UUID.randomUUID();
        b.paymentIgnored(payment, new BigDecimal("12000"), NOW);
        b.refundLatePayment(payment, new BigDecimal("12000"), rules, NOW);
        List<DomainEvent> events = b.recordedEvents();
        assertThat(events.getFirst()).isInstanceOfSatisfying(BookingNoted.class,
                n -> assertThat(n.trail().meta()).containsEntry("ignored_because", "pending"));
        var refund = ((RefundRequested) events.get(1)).refund();
        assertThat(refund.refundId()).isEqualTo(RefundIds.ofPayment(payment));
        assertThat(refund.reason()).isEqualTo("late_payment");
        assertThat(refund.refundAmount()).isEqualByComparingTo("12000");
        assertThat(refund.feeAmount()).isEqualByComparingTo("0");
        assertThat(b.getStatus()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void aFailedPaymentIsNotedAndChangesNothing() {
        Booking b = accepted();
        b.paymentFailed(UUID.randomUUID(), "insufficient_balance", NOW);
        assertThat(b.getStatus()).isEqualTo(BookingStatus.ACCEPTED);
        assertThat(b.recordedEvents()).singleElement().isInstanceOfSatisfying(BookingNoted.class, n -> {
            assertThat(n.note()).isEqualTo(AuditNote.PAYMENT_FAILED);
            assertThat(n.trail().meta()).containsEntry("reason", "insufficient_balance");
        });
    }

    // --- staff: a trip moderated off, and arbitration -------------------------------------------------------------

    private final UUID staff = UUID.randomUUID();

    private static AuditEntry audit(Booking b) {
        return ((Audited) b.recordedEvents().getLast()).entry();
    }

    @Test
    void aTripCancelledByStaffRefundsEverythingLateAsItIsWithoutPenalisingTheDriver() {
        Booking b = paid(NOW.plus(Duration.ofHours(2))); // inside the driver's window: their own cancellation would be penalised
        b.tripCancelledByStaff(staff, rules, NOW);
        assertThat(types(b)).containsExactly("booking.cancelled", "refund.requested");
        var refund = ((RefundRequested) b.recordedEvents().get(1)).refund();
        assertThat(refund.refundAmount()).isEqualByComparingTo("12000");
        assertThat(refund.feeAmount()).isEqualByComparingTo("0");
        assertThat(refund.reason()).isEqualTo("trip_cancelled");
        assertThat(b.getCancelReason()).isEqualTo(CancelReason.TRIP_CANCELLED);
        assertThat(b.getCancelledBy()).isEqualTo("admin");
        assertThat(((Changed) b.recordedEvents().getFirst()).trail().actorId()).isEqualTo(staff);
        assertThat(b.getHoldReleasedAt()).isEqualTo(NOW); // trip-service released the seats itself
        b.clearRecordedEvents();
        b.tripCancelledByStaff(staff, rules, NOW);
        assertThat(b.recordedEvents()).isEmpty();
    }

    @Test
    void anArbitratedCancellationRefundsExactlyTheAmountNamedAndIsAudited() {
        Booking b = paid(NOW.plus(Duration.ofHours(2)));
        b.cancelByStaff(staff, new BigDecimal("5000"), "Litige réglé", rules, NOW);
        assertThat(types(b)).containsExactly("booking.cancelled", "refund.requested", "audit.recorded");
        var refund = ((RefundRequested) b.recordedEvents().get(1)).refund();
        assertThat(refund.refundAmount()).isEqualByComparingTo("5000");
        assertThat(refund.feeAmount()).isEqualByComparingTo("7000");
        assertThat(refund.reason()).isEqualTo("admin");
        assertThat(b.getCancelReason()).isEqualTo(CancelReason.ARBITRATION);
        assertThat(b.getCancelledBy()).isEqualTo("admin");
        assertThat(b.getRefundAmount()).isEqualByComparingTo("5000");
        assertThat(b.holdToRelease()).isTrue();
        AuditEntry entry = audit(b);
        assertThat(entry.actorType()).isEqualTo("admin");
        assertThat(entry.actorId()).isEqualTo(staff);
        assertThat(entry.action()).isEqualTo("booking.arbitrate");
        assertThat(entry.entity()).isEqualTo("booking");
        assertThat(entry.entityId()).isEqualTo(b.getId().toString());
        assertThat(entry.meta()).containsEntry("outcome", "cancelled").containsEntry("reason", "Litige réglé")
                .containsEntry("previous_status", "paid").containsKeys("refund_amount", "fee_amount");

        Booking all = paid();
        all.cancelByStaff(staff, new BigDecimal("12000"), "x", rules, NOW);
        assertThat(all.getFeeAmount()).isEqualByComparingTo("0");
        Booking none = paid();
        none.cancelByStaff(staff, BigDecimal.ZERO, "x", rules, NOW);
        assertThat(none.getFeeAmount()).isEqualByComparingTo("12000");
    }

    @Test
    void anArbitratedCancellationNamesARefundOnlyWhenSomethingWasPaidAndNeverMoreThanThat() {
        for (BigDecimal wrong : new BigDecimal[] {null, new BigDecimal("12000.01"), new BigDecimal("-1")}) {
            Booking b = paid();
            assertThatThrownBy(() -> b.cancelByStaff(staff, wrong, "x", rules, NOW)).as(String.valueOf(wrong))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details().toString()).contains("refund_amount"));
            assertThat(b.getStatus()).isEqualTo(BookingStatus.PAID);
            assertThat(b.recordedEvents()).isEmpty();
        }
        Booking unpaid = accepted();
        assertThatThrownBy(() -> unpaid.cancelByStaff(staff, BigDecimal.ZERO, "x", rules, NOW)).isInstanceOf(ApiException.class);
        unpaid.cancelByStaff(staff, null, "Doublon", rules, NOW);
        assertThat(types(unpaid)).containsExactly("booking.cancelled", "audit.recorded");
        assertThat(audit(unpaid).meta()).doesNotContainKey("refund_amount");
        assertThatThrownBy(() -> unpaid.cancelByStaff(staff, null, "x", rules, NOW))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.current()).isEqualTo("cancelled"));
    }

    @Test
    void anArbitratedNoShowIsAPaidBookingNeverCheckedInOnceTheTripLeft() {
        assertThatThrownBy(() -> accepted().noShowByStaff(staff, "x", rules, NOW))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.current()).isEqualTo("accepted"));
        Booking notYet = paid();
        assertThatThrownBy(() -> notYet.noShowByStaff(staff, "x", rules, NOW)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.details()).containsEntry("current", "paid").containsKey("departure_time"));
        Booking onBoard = paid(NOW.minus(Duration.ofHours(1)));
        onBoard.checkIn(driver, onBoard.getShortCode(), NOW.minus(Duration.ofHours(1)));
        onBoard.clearRecordedEvents();
        assertThatThrownBy(() -> onBoard.noShowByStaff(staff, "x", rules, NOW)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.details()).containsKey("checked_in_at"));
        assertThat(onBoard.recordedEvents()).isEmpty();

        Booking absent = paid(NOW.minus(Duration.ofHours(1)));
        absent.noShowByStaff(staff, "Absent au départ", rules, NOW);
        assertThat(types(absent)).containsExactly("booking.no_show", "refund.requested", "audit.recorded");
        assertThat(absent.isNoShow()).isTrue();
        assertThat(absent.getCancelledBy()).isEqualTo("admin");
        assertThat(absent.getFeeAmount()).isEqualByComparingTo("6000"); // the no-show rule's 50 %
        assertThat(audit(absent).meta()).containsEntry("outcome", "no_show");
    }

    @Test
    void anArbitratedCompletionIsForAPaidBookingOnceTheTripLeft() {
        assertThatThrownBy(() -> accepted().completeByStaff(staff, "x", NOW))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.allowed()).containsExactly("cancelled", "paid"));
        assertThatThrownBy(() -> paid().completeByStaff(staff, "x", NOW)).isInstanceOf(ApiException.class);
        Booking b = paid(NOW.minus(Duration.ofHours(4))); // never checked in: staff settle that the ride took place
        b.completeByStaff(staff, "Trajet effectué, code oublié", NOW);
        assertThat(b.getStatus()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(b.getCompletedAt()).isEqualTo(NOW);
        assertThat(types(b)).containsExactly("booking.completed", "audit.recorded");
        assertThat(change(b, 0).by()).isEqualTo("admin");
        assertThat(audit(b).meta()).containsEntry("outcome", "completed").containsEntry("previous_status", "paid");
        assertThatThrownBy(() -> b.completeByStaff(staff, "x", NOW))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.current()).isEqualTo("completed"));
    }
}
