package com.allocar.booking.reservation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.api.BookingEvents;
import com.allocar.booking.api.BookingEvents.BookingChanged;
import com.allocar.booking.api.PenaltyReason;
import com.allocar.booking.reservation.BookingEvent.BookingAccepted;
import com.allocar.booking.reservation.BookingEvent.BookingCancelled;
import com.allocar.booking.reservation.BookingEvent.BookingCheckedIn;
import com.allocar.booking.reservation.BookingEvent.BookingCompleted;
import com.allocar.booking.reservation.BookingEvent.BookingCreated;
import com.allocar.booking.reservation.BookingEvent.BookingNoShow;
import com.allocar.booking.reservation.BookingEvent.BookingNoted;
import com.allocar.booking.reservation.BookingEvent.BookingPaid;
import com.allocar.booking.reservation.BookingEvent.BookingRejected;
import com.allocar.booking.reservation.BookingEvent.BookingRescheduled;
import com.allocar.booking.cancellation.domain.CancellationCase;
import com.allocar.booking.cancellation.domain.CancellationOutcome;
import com.allocar.booking.cancellation.domain.CancellationRules;
import com.allocar.booking.cancellation.domain.Initiator;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.AggregateRoot;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A booking, with the saga's state on the row (hold, payment, check-in, cancellation). Each transition is a method
 * here that checks its own preconditions, asks {@link BookingStatus} whether the move is legal and records its event
 * ({@link BookingEvent}); the repository's {@code save} hands the events to {@link BookingEventWriter}.
 */
@Entity
@Table(name = "bookings")
public class Booking extends AggregateRoot {

    @Id
    private UUID id;
    private UUID tripId;
    private UUID passengerId;
    private UUID driverId;
    private int seats;
    private BigDecimal pricePerSeat;
    private BigDecimal amountTotal;
    private String currency;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    private Instant departureTime;
    private String originText;
    private String destinationText;
    private UUID holdId;
    private Instant holdReleasedAt;
    private UUID paymentId;
    private BigDecimal amountPaid;
    private Instant paidAt;
    @Column(name = "qr_code")
    private String qrCode;
    private String shortCode;
    private Instant checkedInAt;
    private boolean noShow;
    @Convert(converter = CancelReasonColumn.class)
    private CancelReason cancelReason;
    private String cancelledBy;
    private Instant cancelledAt;
    private Instant completedAt;
    private BigDecimal refundAmount;
    private BigDecimal feeAmount;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Booking() {
    }

    private Booking(NewBooking n, Instant now) {
        this.id = n.id();
        this.tripId = n.tripId();
        this.passengerId = n.passengerId();
        this.driverId = n.driverId();
        this.seats = n.seats();
        this.pricePerSeat = n.pricePerSeat();
        this.amountTotal = n.pricePerSeat().multiply(BigDecimal.valueOf(n.seats())).setScale(2, RoundingMode.HALF_UP);
        this.currency = n.currency();
        this.status = BookingStatus.PENDING;
        this.departureTime = n.departureTime();
        this.originText = n.originText();
        this.destinationText = n.destinationText();
        this.holdId = n.holdId();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new pending booking whose seats trip-service already holds. */
    static Booking create(NewBooking n, Instant now) {
        Booking b = new Booking(n, now);
        Trail trail = Trail.user(n.passengerId(), Map.of("hold_id", n.holdId().toString(), "seats", n.seats()));
        b.record(new BookingCreated(b.change(null, trail.by(), now), trail));
        return b;
    }

    /** The driver takes the booking. */
    void accept(UUID driver, Instant now) {
        Trail trail = Trail.user(driver, Map.of());
        record(new BookingAccepted(move(BookingStatus.ACCEPTED, trail.by(), now), trail));
    }

    /** The trip takes every booking at once. */
    void autoAccept(Instant now) {
        Trail trail = Trail.system(Map.of("auto_accept", true));
        record(new BookingAccepted(move(BookingStatus.ACCEPTED, trail.by(), now), trail));
    }

    /** Payment confirmed (its hold confirmed too): the check-in codes are born now. */
    void pay(UUID paymentId, BigDecimal amountPaid, CheckInCode code, Instant now) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("payment_id", paymentId.toString());
        meta.put("amount", amountPaid);
        Trail trail = Trail.system(meta);
        BookingChanged change = move(BookingStatus.PAID, trail.by(), now);
        this.paymentId = paymentId;
        this.amountPaid = amountPaid;
        this.paidAt = now;
        this.qrCode = code.qrCode();
        this.shortCode = code.shortCode();
        record(new BookingPaid(change, trail));
        record(new BookingEvent.CheckInIssued(new BookingEvents.CheckInIssued(id, tripId, passengerId, driverId, seats, amountPaid,
                currency, shortCode, departureTime, now)));
    }

    /** The same payment, announced again: nothing to do. */
    boolean paidBy(UUID payment) {
        return status == BookingStatus.PAID && payment.equals(paymentId);
    }

    /** The driver turns a pending booking down: cancelled (reason rejected), no penalty (nothing was promised). */
    CancellationOutcome reject(UUID driver, String note, CancellationRules rules, Instant now) {
        if (status != BookingStatus.PENDING) {
            throw status.conflict("Only a pending booking can be rejected; cancel it instead");
        }
        return cancel(new CancelRequest(Initiator.DRIVER, Actor.USER, driver, CancelReason.REJECTED, note, false), rules, now);
    }

    /**
     * Cancels the booking under the cancellation rules: the status change and its event, the refund decision (when
     * something was paid) and the driver's penalty (when a rule gives one). Releasing the seats is the caller's next
     * step, after commit.
     */
    CancellationOutcome cancel(CancelRequest r, CancellationRules rules, Instant now) {
        return cancel(r, null, rules, now);
    }

    /** @param arbitratedRefund what staff decided to give back (an arbitration), else null: the rules decide */
    private CancellationOutcome cancel(CancelRequest r, BigDecimal arbitratedRefund, CancellationRules rules, Instant now) {
        requireCancellable();
        BookingStatus before = status;
        BigDecimal paid = amountPaidOrZero();
        boolean committed = before == BookingStatus.ACCEPTED || before == BookingStatus.PAID;
        CancellationOutcome o = rules.decide(new CancellationCase(r.initiator(), paid, amountTotal, committed, departureTime, now,
                arbitratedRefund));
        boolean refunds = paid.signum() > 0;
        boolean noShowed = r.initiator() == Initiator.NO_SHOW;
        Actor by = r.by();
        BookingChanged change = move(BookingStatus.CANCELLED, by, now);
        this.noShow = noShowed;
        this.cancelReason = r.reason();
        this.cancelledBy = by.wire();
        this.cancelledAt = now;
        this.refundAmount = refunds || noShowed ? o.refund() : null;
        this.feeAmount = refunds || noShowed ? o.fee() : null;
        if (r.holdGone()) {
            this.holdReleasedAt = now;
        }
        Trail trail = new Trail(by, r.actorId(), cancellationMeta(r, o, refunds));
        record(noShowed ? new BookingNoShow(change, trail)
                : r.reason() == CancelReason.REJECTED ? new BookingRejected(change, trail)
                : new BookingCancelled(change, trail));
        if (refunds) {
            record(refund(RefundIds.ofCancellation(id), paid, o, now));
        }
        o.penalty().ifPresent(p -> record(new BookingEvent.DriverPenalized(new BookingEvents.DriverPenalized(RefundIds.ofPenalty(id),
                driverId, tripId, id, p.amount(), currency, p.scorePoints(), PenaltyReason.LATE_CANCELLATION.wire(), now))));
        return o;
    }

    private static Map<String, Object> cancellationMeta(CancelRequest r, CancellationOutcome o, boolean refunds) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("reason", r.reason().wire());
        if (r.note() != null) {
            meta.put("note", r.note());
        }
        meta.put("rule", o.rule());
        if (refunds) {
            meta.put("refund_amount", o.refund());
            meta.put("fee_amount", o.fee());
        }
        o.penalty().ifPresent(p -> meta.put("driver_penalty", Map.of("amount", p.amount(), "score_points", p.scorePoints())));
        return meta;
    }

    /** trip-service let the hold run out: an unpaid booking of that hold is cancelled (its seats are back already). */
    boolean holdExpired(UUID expiredHold, CancellationRules rules, Instant now) {
        boolean unpaid = status == BookingStatus.PENDING || status == BookingStatus.ACCEPTED;
        if (!unpaid || !expiredHold.equals(holdId)) {
            return false;
        }
        cancel(CancelRequest.bySystem(Initiator.SYSTEM, CancelReason.HOLD_EXPIRED, true), rules, now);
        return true;
    }

    /** The trip was cancelled or deleted: a live booking goes with it (trip-service released its seats). */
    void tripCalledOff(CancelReason reason, CancellationRules rules, Instant now) {
        if (status.active()) {
            cancel(CancelRequest.bySystem(Initiator.TRIP_CANCELLED, reason, true), rules, now);
        }
    }

    /**
     * A staff member cancelled the trip (moderation): a live booking goes with it, paid ones refunded in full and the
     * driver not penalised; the change is the staff member's (trip-service released the seats).
     */
    void tripCancelledByStaff(UUID staffId, CancellationRules rules, Instant now) {
        if (status.active()) {
            cancel(new CancelRequest(Initiator.STAFF_TRIP_CANCELLATION, Actor.ADMIN, staffId, CancelReason.TRIP_CANCELLED, null, true),
                    rules, now);
        }
    }

    /**
     * Arbitration: a staff member cancels the booking, giving back exactly {@code refund} of what was paid — required
     * when something was paid (nothing to all of it), refused when nothing was. Seats are released by the caller after
     * commit. Audited ({@code booking.arbitrate}) beside the change.
     */
    void cancelByStaff(UUID staffId, BigDecimal refund, String reason, CancellationRules rules, Instant now) {
        requireCancellable();
        BookingStatus before = status;
        BigDecimal paid = amountPaidOrZero();
        if (paid.signum() > 0 && refund == null) {
            throw ApiException.validation("refund_amount", "required: the passenger paid " + paid);
        }
        if (paid.signum() == 0 && refund != null) {
            throw ApiException.validation("refund_amount", "nothing was paid, nothing can be refunded");
        }
        if (refund != null && (refund.signum() < 0 || refund.compareTo(paid) > 0)) {
            throw ApiException.validation("refund_amount", "between 0 and the amount paid (" + paid + ")");
        }
        CancellationOutcome o = cancel(new CancelRequest(Initiator.STAFF_ARBITRATION, Actor.ADMIN, staffId, CancelReason.ARBITRATION,
                reason, false), refund == null ? BigDecimal.ZERO : refund, rules, now);
        Map<String, Object> money = new LinkedHashMap<>();
        if (paid.signum() > 0) {
            money.put("refund_amount", o.refund());
            money.put("fee_amount", o.fee());
        }
        arbitrated(staffId, "cancelled", before, reason, money, now);
    }

    /**
     * Arbitration: the passenger did not show up — as the ride's end decides it (a paid booking, never checked in, once
     * the trip has left), under the no-show rule, but decided by a staff member. Audited beside the change.
     */
    void noShowByStaff(UUID staffId, String reason, CancellationRules rules, Instant now) {
        if (status != BookingStatus.PAID) {
            throw status.conflict("Only a paid booking can be a no-show");
        }
        requireDeparted(now);
        if (checkedInAt != null) {
            throw ApiException.conflict("The passenger checked in: they showed up",
                    Map.of("current", status.wire(), "checked_in_at", checkedInAt.toString()));
        }
        CancellationOutcome o = cancel(new CancelRequest(Initiator.NO_SHOW, Actor.ADMIN, staffId, CancelReason.NO_SHOW, reason, false),
                rules, now);
        arbitrated(staffId, "no_show", BookingStatus.PAID, reason, Map.of("refund_amount", o.refund(), "fee_amount", o.fee()), now);
    }

    /** Arbitration: the ride took place for this paid booking (checked in or not), once the trip has left. Audited beside it. */
    void completeByStaff(UUID staffId, String reason, Instant now) {
        if (!status.canBecome(BookingStatus.COMPLETED)) {
            throw status.cannotBecome(BookingStatus.COMPLETED);
        }
        requireDeparted(now);
        complete(new Trail(Actor.ADMIN, staffId, Map.of("note", reason)), now);
        arbitrated(staffId, "completed", BookingStatus.PAID, reason, Map.of(), now);
    }

    private void requireCancellable() {
        if (!status.canBecome(BookingStatus.CANCELLED)) {
            throw status.cannotBecome(BookingStatus.CANCELLED);
        }
    }

    /** A ride's outcome (no-show, completion) cannot be known before the trip leaves. */
    private void requireDeparted(Instant now) {
        if (departureTime.isAfter(now)) {
            throw ApiException.conflict("The trip has not left yet", Map.of("current", status.wire(), "departure_time", departureTime.toString()));
        }
    }

    /** The staff decision's entry in the fleet's audit trail, recorded beside the change so neither commits alone. */
    private void arbitrated(UUID staffId, String outcome, BookingStatus before, String reason, Map<String, Object> more, Instant now) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("outcome", outcome);
        meta.put("reason", reason);
        meta.put("previous_status", before.wire());
        meta.putAll(more);
        record(new Audited(AuditEntry.of(AuditEntry.Actor.ADMIN, staffId, "booking.arbitrate", "booking", id, meta, now)));
    }

    /**
     * A payment that arrived for a booking that cannot take it (cancelled, expired, not accepted, a second payment):
     * all of it goes back, under the late-payment rule.
     */
    void refundLatePayment(UUID payment, BigDecimal amount, CancellationRules rules, Instant now) {
        CancellationOutcome o = rules.decide(new CancellationCase(Initiator.LATE_PAYMENT, amount, amountTotal, false, departureTime, now));
        record(refund(RefundIds.ofPayment(payment), amount, o, now));
    }

    private BookingEvent.RefundRequested refund(UUID refundId, BigDecimal paid, CancellationOutcome o, Instant now) {
        return new BookingEvent.RefundRequested(new BookingEvents.RefundRequested(refundId, id, passengerId, driverId, paid, o.refund(),
                o.fee(), currency, o.refundReason().wire(), now));
    }

    /** A payment this booking did not take, for the audit trail. */
    void paymentIgnored(UUID payment, BigDecimal amount, Instant now) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("payment_id", payment.toString());
        meta.put("amount", amount);
        meta.put("ignored_because", status.wire());
        record(new BookingNoted(id, status, AuditNote.PAYMENT_SUCCEEDED, Trail.system(meta), now));
    }

    /** A payment that failed changes nothing; the passenger may pay again. Audit trail only. */
    void paymentFailed(UUID payment, String reason, Instant now) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("payment_id", payment.toString());
        meta.put("reason", reason);
        record(new BookingNoted(id, status, AuditNote.PAYMENT_FAILED, Trail.system(meta), now));
    }

    /** The code matches and was never used: the passenger is on board. Single use. */
    void checkIn(UUID driver, String presented, Instant now) {
        if (status != BookingStatus.PAID) {
            throw status.conflict("Only a paid booking can be checked in");
        }
        if (checkedInAt != null) {
            throw ApiException.conflict("This booking is already checked in", Map.of("checked_in_at", checkedInAt.toString()));
        }
        if (!CheckInCode.matches(presented, qrCode, shortCode)) {
            throw ApiException.validation("code", "does not match this booking's check-in code");
        }
        checkedInAt = now;
        updatedAt = now;
        Trail trail = Trail.user(driver, Map.of());
        record(new BookingCheckedIn(change(status, trail.by(), now), trail));
    }

    /** The ride may start from a paid booking only. */
    void requireStartable() {
        if (status != BookingStatus.PAID) {
            throw status.conflict("The ride starts from a paid booking");
        }
    }

    /** trip-service has the trip on its way: audit trail only. */
    void rideStarted(UUID driver, Instant now) {
        record(new BookingNoted(id, status, AuditNote.RIDE_STARTED, Trail.user(driver, Map.of("trip_id", tripId.toString())), now));
    }

    /** The ride may end from a paid booking (or one already completed: ending is idempotent). */
    void requireEndable() {
        if (status != BookingStatus.PAID && status != BookingStatus.COMPLETED) {
            throw status.conflict("The ride ends from a paid booking");
        }
    }

    /**
     * The ride is over: a checked-in paid booking is completed; a paid passenger who never checked in is a no-show
     * (cancelled under the no-show rule); a booking never paid is cancelled.
     *
     * @return true when this booking's seats are still held and must be released
     */
    boolean rideEnded(UUID driver, CancellationRules rules, Instant now) {
        switch (status) {
            case PAID -> {
                if (checkedInAt != null) {
                    complete(Trail.user(driver, Map.of()), now);
                } else {
                    cancel(CancelRequest.bySystem(Initiator.NO_SHOW, CancelReason.NO_SHOW, false), rules, now);
                }
                return false;
            }
            case PENDING, ACCEPTED -> {
                cancel(CancelRequest.bySystem(Initiator.SYSTEM, CancelReason.TRIP_COMPLETED, false), rules, now);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void complete(Trail trail, Instant now) {
        BookingChanged change = move(BookingStatus.COMPLETED, trail.by(), now);
        completedAt = now;
        record(new BookingCompleted(change, trail));
    }

    /**
     * The driver moved the departure: a live booking follows it (the cancellation windows count from it).
     *
     * @return false when there was nothing to change (a booking no longer live, or the same time)
     */
    boolean reschedule(Instant newDeparture, Instant now) {
        if (!status.active() || newDeparture.equals(departureTime)) {
            return false;
        }
        Instant before = departureTime;
        departureTime = newDeparture;
        updatedAt = now;
        Trail trail = Trail.system(Map.of("previous_departure_time", before.toString()));
        record(new BookingRescheduled(change(status, trail.by(), now), trail));
        return true;
    }

    /** Seats still to give back to trip-service (a cancelled booking whose release has not happened yet). */
    boolean holdToRelease() {
        return status == BookingStatus.CANCELLED && holdId != null && holdReleasedAt == null;
    }

    void holdReleased(Instant now) {
        holdReleasedAt = now;
    }

    private BookingChanged move(BookingStatus target, Actor by, Instant now) {
        BookingStatus from = status;
        status = status.moveTo(target);
        updatedAt = now;
        return change(from, by, now);
    }

    /** The wire payload of a change from {@code from} to the current status. */
    private BookingChanged change(BookingStatus from, Actor by, Instant now) {
        return new BookingChanged(id, tripId, passengerId, driverId, seats, amountTotal, currency, status.wire(),
                from == null ? null : from.wire(), by.wire(), departureTime, now);
    }

    public boolean involves(UUID user) {
        return passengerId.equals(user) || driverId.equals(user);
    }

    public BigDecimal amountPaidOrZero() {
        return amountPaid == null ? BigDecimal.ZERO : amountPaid;
    }

    public UUID getId() { return id; }
    public UUID getTripId() { return tripId; }
    public UUID getPassengerId() { return passengerId; }
    public UUID getDriverId() { return driverId; }
    public int getSeats() { return seats; }
    public BigDecimal getPricePerSeat() { return pricePerSeat; }
    public BigDecimal getAmountTotal() { return amountTotal; }
    public String getCurrency() { return currency; }
    public BookingStatus getStatus() { return status; }
    public Instant getDepartureTime() { return departureTime; }
    public String getOriginText() { return originText; }
    public String getDestinationText() { return destinationText; }
    public UUID getHoldId() { return holdId; }
    public Instant getHoldReleasedAt() { return holdReleasedAt; }
    public UUID getPaymentId() { return paymentId; }
    public BigDecimal getAmountPaid() { return amountPaid; }
    public Instant getPaidAt() { return paidAt; }
    public String getQrCode() { return qrCode; }
    public String getShortCode() { return shortCode; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public boolean isNoShow() { return noShow; }
    public CancelReason getCancelReason() { return cancelReason; }
    public String getCancelledBy() { return cancelledBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Instant getCompletedAt() { return completedAt; }
    public BigDecimal getRefundAmount() { return refundAmount; }
    public BigDecimal getFeeAmount() { return feeAmount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
