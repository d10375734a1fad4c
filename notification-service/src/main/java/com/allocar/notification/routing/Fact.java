package com.allocar.notification.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What happened, as the listeners read it from the owners' events (or the reminders job, from the time): the input of
 * {@link NotificationRules}. Plain records, one per kind of happening a member is told about.
 */
public sealed interface Fact {

    /** booking.created: a passenger asks for seats. */
    record BookingRequested(UUID bookingId, UUID passengerId, UUID driverId, int seats, Instant departure) implements Fact {
    }

    /** booking.accepted. */
    record BookingAccepted(UUID bookingId, UUID passengerId, UUID driverId, Instant departure, BigDecimal amount) implements Fact {
    }

    /** booking.rejected. */
    record BookingRejected(UUID bookingId, UUID passengerId, UUID driverId, Instant departure) implements Fact {
    }

    /** check_in.issued: the passenger's confirmation, with the code they show the driver. */
    record CheckInIssued(UUID bookingId, UUID passengerId, int seats, Instant departure, BigDecimal amount, String checkInCode)
            implements Fact {
    }

    /** booking.paid (the driver's side; the passenger's confirmation comes with its check-in code). */
    record BookingPaid(UUID bookingId, UUID passengerId, UUID driverId, int seats, Instant departure, BigDecimal amount) implements Fact {
    }

    /** booking.cancelled of a booking that was not paid (a paid one is told by its refund.requested). */
    record UnpaidBookingCancelled(UUID bookingId, UUID passengerId, UUID driverId, Instant departure) implements Fact {
    }

    /** refund.requested after a cancellation by the passenger, the driver (this booking only), a no-show or staff. */
    record PaidBookingCancelled(UUID bookingId, UUID passengerId, UUID driverId, BigDecimal refund, BigDecimal fee) implements Fact {
    }

    /** refund.requested with reason trip_cancelled: the driver cancelled the whole trip (one fact per passenger). */
    record TripCancelled(UUID bookingId, UUID passengerId, UUID driverId, BigDecimal refund) implements Fact {
    }

    /** booking.rescheduled of a live booking (pending, accepted, paid): the driver moved the departure. */
    record DepartureChanged(UUID bookingId, UUID passengerId, UUID driverId, Instant departure) implements Fact {
    }

    /** payment.failed (booking or top-up). */
    record PaymentFailed(UUID paymentId, UUID userId, String reason) implements Fact {
    }

    /** payment.refunded. */
    record RefundCompleted(UUID bookingId, UUID userId, BigDecimal amount, boolean toWallet) implements Fact {
    }

    /** payout.completed. */
    record PayoutCompleted(UUID payoutId, UUID userId, BigDecimal amount) implements Fact {
    }

    /** payout.failed. */
    record PayoutFailed(UUID payoutId, UUID userId, BigDecimal amount, String reason) implements Fact {
    }

    /** kyc.approved. */
    record KycApproved(UUID documentId, UUID userId) implements Fact {
    }

    /** kyc.rejected; notes null when the reviewer wrote none. */
    record KycRejected(UUID documentId, UUID userId, String notes) implements Fact {
    }

    /** messaging's message.created; preview null for an image. */
    record ChatMessage(UUID bookingId, UUID senderId, UUID recipientId, boolean image, String preview) implements Fact {
    }

    /** booking's dispute.opened: the opener's acknowledgement (the other party hears of it when it is decided). */
    record DisputeOpened(UUID disputeId, UUID bookingId, UUID openedBy) implements Fact {
    }

    /** booking's dispute.updated to in_review. */
    record DisputeInReview(UUID disputeId, UUID bookingId, UUID openedBy) implements Fact {
    }

    /** booking's dispute.updated to resolved ({@code resolved}) or rejected; resolution null when staff wrote none. */
    record DisputeDecided(UUID disputeId, UUID bookingId, UUID openedBy, UUID otherParty, boolean resolved, String resolution)
            implements Fact {
    }

    /** identity's user.registered. */
    record Registered(UUID userId, String firstName) implements Fact {
    }

    /**
     * The reminders job: a paid booking's departure is in about 24 h. {@code tripBookings} / {@code tripSeats}: the
     * trip's live bookings, for the driver's one reminder per trip.
     */
    record ReminderH24(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, int seats, Instant departure, int tripBookings,
                       int tripSeats) implements Fact {
    }

    /** The reminders job: a paid booking's departure is in about 2 h (same fields as {@link ReminderH24}). */
    record ReminderH2(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, int seats, Instant departure, int tripBookings,
                      int tripSeats) implements Fact {
    }
}
