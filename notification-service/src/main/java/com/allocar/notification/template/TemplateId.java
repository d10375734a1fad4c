package com.allocar.notification.template;

import java.util.Locale;

import com.allocar.notification.preference.NotificationCategory;

/**
 * The spec's "Email/SMS templates (id)": one constant per message, its wire id (the key in the template files), its
 * category (the member's preference that governs it) and the record of its variables.
 */
public enum TemplateId {
    BOOKING_REQUESTED(NotificationCategory.BOOKING, TemplateVars.BookingRequested.class),
    BOOKING_ACCEPTED(NotificationCategory.BOOKING, TemplateVars.BookingAccepted.class),
    BOOKING_REJECTED(NotificationCategory.BOOKING, TemplateVars.BookingRejected.class),
    BOOKING_CONFIRMED(NotificationCategory.PAYMENT, TemplateVars.BookingConfirmed.class),
    BOOKING_PAID_DRIVER(NotificationCategory.PAYMENT, TemplateVars.BookingPaidDriver.class),
    BOOKING_CANCELLED(NotificationCategory.BOOKING, TemplateVars.BookingCancelled.class),
    BOOKING_CANCELLED_REFUND(NotificationCategory.PAYMENT, TemplateVars.BookingCancelledRefund.class),
    TRIP_CANCELLED(NotificationCategory.TRIP, TemplateVars.TripCancelled.class),
    DEPARTURE_CHANGED(NotificationCategory.TRIP, TemplateVars.DepartureChanged.class),
    PAYMENT_FAILED(NotificationCategory.PAYMENT, TemplateVars.PaymentFailed.class),
    REFUND_COMPLETED(NotificationCategory.PAYMENT, TemplateVars.RefundCompleted.class),
    PAYOUT_COMPLETED(NotificationCategory.PAYMENT, TemplateVars.PayoutCompleted.class),
    PAYOUT_FAILED(NotificationCategory.PAYMENT, TemplateVars.PayoutFailed.class),
    KYC_APPROVED(NotificationCategory.ACCOUNT, TemplateVars.KycApproved.class),
    KYC_REJECTED(NotificationCategory.ACCOUNT, TemplateVars.KycRejected.class),
    CHAT_MESSAGE(NotificationCategory.CHAT, TemplateVars.ChatMessage.class),
    DISPUTE_OPENED(NotificationCategory.SUPPORT, TemplateVars.DisputeOpened.class),
    DISPUTE_IN_REVIEW(NotificationCategory.SUPPORT, TemplateVars.DisputeInReview.class),
    DISPUTE_DECIDED(NotificationCategory.SUPPORT, TemplateVars.DisputeDecided.class),
    WELCOME(NotificationCategory.ACCOUNT, TemplateVars.Welcome.class),
    REMINDER_H24(NotificationCategory.TRIP, TemplateVars.ReminderH24.class),
    REMINDER_H2(NotificationCategory.TRIP, TemplateVars.ReminderH2.class),
    REMINDER_H24_DRIVER(NotificationCategory.TRIP, TemplateVars.ReminderH24Driver.class),
    REMINDER_H2_DRIVER(NotificationCategory.TRIP, TemplateVars.ReminderH2Driver.class);

    private final NotificationCategory category;
    private final Class<? extends TemplateVars> vars;

    TemplateId(NotificationCategory category, Class<? extends TemplateVars> vars) {
        this.category = category;
        this.vars = vars;
    }

    public NotificationCategory category() {
        return category;
    }

    public Class<? extends TemplateVars> vars() {
        return vars;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static java.util.Optional<TemplateId> fromWire(String s) {
        return java.util.Arrays.stream(values()).filter(t -> t.wire().equals(s)).findFirst();
    }
}
