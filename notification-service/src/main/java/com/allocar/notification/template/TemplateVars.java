package com.allocar.notification.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The typed variables of each template, one record per template: a template may only name what its record declares
 * (JMustache fails on anything else, which {@code TemplatesTest} renders for every template and language). Times are
 * shown in Abidjan's time, amounts in FCFA, by the renderer.
 */
public sealed interface TemplateVars {

    /** The template these are the variables of. */
    TemplateId template();

    record BookingRequested(UUID bookingId, int seats, Instant departure) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.BOOKING_REQUESTED;
        }
    }

    record BookingAccepted(UUID bookingId, Instant departure, BigDecimal amount) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.BOOKING_ACCEPTED;
        }
    }

    record BookingRejected(UUID bookingId, Instant departure) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.BOOKING_REJECTED;
        }
    }

    /** The passenger's confirmation; booking.paid carries no check-in code, so the message points to the app for it. */
    record BookingConfirmed(UUID bookingId, int seats, Instant departure, BigDecimal amount, String checkInCode) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.BOOKING_CONFIRMED;
        }
    }

    record BookingPaidDriver(UUID bookingId, int seats, Instant departure) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.BOOKING_PAID_DRIVER;
        }
    }

    record BookingCancelled(UUID bookingId, Instant departure) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.BOOKING_CANCELLED;
        }
    }

    record BookingCancelledRefund(UUID bookingId, BigDecimal refund, BigDecimal fee) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.BOOKING_CANCELLED_REFUND;
        }
    }

    record TripCancelled(UUID bookingId, BigDecimal refund) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.TRIP_CANCELLED;
        }
    }

    record DepartureChanged(UUID bookingId, Instant departure) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.DEPARTURE_CHANGED;
        }
    }

    record PaymentFailed(UUID paymentId, String reason) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.PAYMENT_FAILED;
        }
    }

    record RefundCompleted(UUID bookingId, BigDecimal amount, boolean toWallet) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.REFUND_COMPLETED;
        }
    }

    record PayoutCompleted(UUID payoutId, BigDecimal amount) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.PAYOUT_COMPLETED;
        }
    }

    record PayoutFailed(UUID payoutId, BigDecimal amount, String reason) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.PAYOUT_FAILED;
        }
    }

    record KycApproved(UUID documentId) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.KYC_APPROVED;
        }
    }

    record KycRejected(UUID documentId, String notes) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.KYC_REJECTED;
        }
    }

    /** preview: the masked text messaging published (null for an image: the template says "a photo"). */
    record ChatMessage(UUID bookingId, boolean image, String preview) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.CHAT_MESSAGE;
        }
    }

    record DisputeOpened(UUID disputeId, UUID bookingId) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.DISPUTE_OPENED;
        }
    }

    record DisputeInReview(UUID disputeId, UUID bookingId) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.DISPUTE_IN_REVIEW;
        }
    }

    /** yours: the member opened it (otherwise it was about their booking); resolution null when staff wrote none. */
    record DisputeDecided(UUID disputeId, UUID bookingId, boolean yours, boolean resolved, String resolution) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.DISPUTE_DECIDED;
        }
    }

    record Welcome(String firstName) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.WELCOME;
        }
    }

    /** The passenger's reminder the day before (booking events carry no from / to: the time and the booking's id name the trip). */
    record ReminderH24(UUID bookingId, int seats, Instant departure) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.REMINDER_H24;
        }
    }

    record ReminderH2(UUID bookingId, int seats, Instant departure) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.REMINDER_H2;
        }
    }

    /** The driver's reminder: one per trip, with its live bookings (passengers) and their seats. */
    record ReminderH24Driver(UUID tripId, int passengers, int seats, Instant departure) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.REMINDER_H24_DRIVER;
        }
    }

    record ReminderH2Driver(UUID tripId, int passengers, int seats, Instant departure) implements TemplateVars {
        public TemplateId template() {
            return TemplateId.REMINDER_H2_DRIVER;
        }
    }
}
