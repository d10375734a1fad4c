package com.allocar.notification.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One instance of every template's variables, with long but realistic values (the SMS length check uses them). */
public final class Samples {

    static final UUID ID = UUID.fromString("11111111-1111-4111-8111-000000000001");
    static final Instant DEPARTURE = Instant.parse("2026-12-24T07:30:00Z");
    static final BigDecimal AMOUNT = new BigDecimal("125000.00");

    private Samples() {
    }

    public static TemplateVars of(TemplateId id) {
        return switch (id) {
            case BOOKING_REQUESTED -> new TemplateVars.BookingRequested(ID, 4, DEPARTURE);
            case BOOKING_ACCEPTED -> new TemplateVars.BookingAccepted(ID, DEPARTURE, AMOUNT);
            case BOOKING_REJECTED -> new TemplateVars.BookingRejected(ID, DEPARTURE);
            case BOOKING_CONFIRMED -> new TemplateVars.BookingConfirmed(ID, 4, DEPARTURE, AMOUNT, "K7PX3M9Q");
            case BOOKING_PAID_DRIVER -> new TemplateVars.BookingPaidDriver(ID, 4, DEPARTURE);
            case BOOKING_CANCELLED -> new TemplateVars.BookingCancelled(ID, DEPARTURE);
            case BOOKING_CANCELLED_REFUND -> new TemplateVars.BookingCancelledRefund(ID, AMOUNT, new BigDecimal("31250"));
            case TRIP_CANCELLED -> new TemplateVars.TripCancelled(ID, AMOUNT);
            case DEPARTURE_CHANGED -> new TemplateVars.DepartureChanged(ID, DEPARTURE);
            case PAYMENT_FAILED -> new TemplateVars.PaymentFailed(ID, "insufficient balance");
            case REFUND_COMPLETED -> new TemplateVars.RefundCompleted(ID, AMOUNT, true);
            case PAYOUT_COMPLETED -> new TemplateVars.PayoutCompleted(ID, AMOUNT);
            case PAYOUT_FAILED -> new TemplateVars.PayoutFailed(ID, AMOUNT, "recipient not found");
            case KYC_APPROVED -> new TemplateVars.KycApproved(ID);
            case KYC_REJECTED -> new TemplateVars.KycRejected(ID, "Photo illisible");
            case CHAT_MESSAGE -> new TemplateVars.ChatMessage(ID, false, "Je suis devant la pharmacie");
            case DISPUTE_OPENED -> new TemplateVars.DisputeOpened(ID, ID);
            case DISPUTE_IN_REVIEW -> new TemplateVars.DisputeInReview(ID, ID);
            case DISPUTE_DECIDED -> new TemplateVars.DisputeDecided(ID, ID, true, true, "Le conducteur a été averti ; 2 000 FCFA vous sont remboursés.");
            case WELCOME -> new TemplateVars.Welcome("Awa");
            case REMINDER_H24 -> new TemplateVars.ReminderH24(ID, 4, DEPARTURE);
            case REMINDER_H2 -> new TemplateVars.ReminderH2(ID, 4, DEPARTURE);
            case REMINDER_H24_DRIVER -> new TemplateVars.ReminderH24Driver(ID, 12, 16, DEPARTURE);
            case REMINDER_H2_DRIVER -> new TemplateVars.ReminderH2Driver(ID, 12, 16, DEPARTURE);
        };
    }
}
