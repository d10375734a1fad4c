package com.allocar.booking.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A booking, with the saga's state on the row (hold, payment, check-in, cancellation). Its status changes only
 * through {@link #move}, which asks {@link BookingStatus} whether the transition is legal.
 */
@Entity
@Table(name = "bookings")
public class Booking {

    /** A status change, for the audit trail and the event. */
    public record Transition(BookingStatus from, BookingStatus to) {
    }

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
    private String cancelReason;
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

    /** A new booking whose seats trip-service already holds. */
    public Booking(UUID id, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal pricePerSeat, String currency,
                   Instant departureTime, String originText, String destinationText, UUID holdId, Instant now) {
        this.id = id;
        this.tripId = tripId;
        this.passengerId = passengerId;
        this.driverId = driverId;
        this.seats = seats;
        this.pricePerSeat = pricePerSeat;
        this.amountTotal = pricePerSeat.multiply(BigDecimal.valueOf(seats)).setScale(2, RoundingMode.HALF_UP);
        this.currency = currency;
        this.status = BookingStatus.PENDING;
        this.departureTime = departureTime;
        this.originText = originText;
        this.destinationText = destinationText;
        this.holdId = holdId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private Transition move(BookingStatus target, Instant now) {
        BookingStatus from = status;
        status = status.moveTo(target);
        updatedAt = now;
        return new Transition(from, target);
    }

    public Transition accept(Instant now) {
        return move(BookingStatus.ACCEPTED, now);
    }

    /** Payment confirmed: the check-in codes are born now. */
    public Transition pay(UUID paymentId, BigDecimal amountPaid, CheckInCode code, Instant now) {
        Transition t = move(BookingStatus.PAID, now);
        this.paymentId = paymentId;
        this.amountPaid = amountPaid;
        this.paidAt = now;
        this.qrCode = code.qrCode();
        this.shortCode = code.shortCode();
        return t;
    }

    /**
     * @param holdAlreadyGone trip-service released the seats itself (hold expired, trip cancelled or deleted)
     */
    public Transition cancel(Actor by, String reason, BigDecimal refund, BigDecimal fee, boolean holdAlreadyGone, Instant now) {
        Transition t = move(BookingStatus.CANCELLED, now);
        this.cancelReason = reason;
        this.cancelledBy = by.wire();
        this.cancelledAt = now;
        this.refundAmount = refund;
        this.feeAmount = fee;
        if (holdAlreadyGone) {
            this.holdReleasedAt = now;
        }
        return t;
    }

    /** The ride ended without this paid passenger: recorded, then cancelled under the no-show rule. */
    public Transition noShow(BigDecimal refund, BigDecimal fee, Instant now) {
        this.noShow = true;
        return cancel(Actor.SYSTEM, "no_show", refund, fee, false, now);
    }

    /** The code matches and was never used: the passenger is on board. Single use. */
    public void checkIn(String presented, Instant now) {
        if (status != BookingStatus.PAID) {
            throw status.conflict("Only a paid booking can be checked in");
        }
        if (checkedInAt != null) {
            throw ApiException.conflict("This booking is already checked in",
                    Map.of("checked_in_at", checkedInAt.toString()));
        }
        if (!CheckInCode.matches(presented, qrCode, shortCode)) {
            throw ApiException.validation("code", "does not match this booking's check-in code");
        }
        checkedInAt = now;
        updatedAt = now;
    }

    public Transition complete(Instant now) {
        Transition t = move(BookingStatus.COMPLETED, now);
        completedAt = now;
        return t;
    }

    public void holdReleased(Instant now) {
        holdReleasedAt = now;
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
    public String getCancelReason() { return cancelReason; }
    public String getCancelledBy() { return cancelledBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Instant getCompletedAt() { return completedAt; }
    public BigDecimal getRefundAmount() { return refundAmount; }
    public BigDecimal getFeeAmount() { return feeAmount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
