package com.allocar.notification.events.messaging;

import java.util.Arrays;
import java.util.Optional;

/** The owners' event types notification-service listens to, each on its topic (the one place their wire names are written). */
enum HeardEvent {
    BOOKING_CREATED(Topics.BOOKINGS, "booking.created"),
    BOOKING_ACCEPTED(Topics.BOOKINGS, "booking.accepted"),
    BOOKING_REJECTED(Topics.BOOKINGS, "booking.rejected"),
    BOOKING_PAID(Topics.BOOKINGS, "booking.paid"),
    BOOKING_CANCELLED(Topics.BOOKINGS, "booking.cancelled"),
    BOOKING_RESCHEDULED(Topics.BOOKINGS, "booking.rescheduled"),
    CHECK_IN_ISSUED(Topics.BOOKINGS, "check_in.issued"),
    REFUND_REQUESTED(Topics.BOOKINGS, "refund.requested"),
    PAYMENT_FAILED(Topics.PAYMENTS, "payment.failed"),
    PAYMENT_REFUNDED(Topics.PAYMENTS, "payment.refunded"),
    PAYOUT_COMPLETED(Topics.PAYMENTS, "payout.completed"),
    PAYOUT_FAILED(Topics.PAYMENTS, "payout.failed"),
    USER_REGISTERED(Topics.USERS, "user.registered"),
    USER_UPDATED(Topics.USERS, "user.updated"),
    KYC_APPROVED(Topics.KYC, "kyc.approved"),
    KYC_REJECTED(Topics.KYC, "kyc.rejected"),
    MESSAGE_CREATED(Topics.MESSAGES, "message.created"),
    DISPUTE_OPENED(Topics.DISPUTES, "dispute.opened"),
    DISPUTE_UPDATED(Topics.DISPUTES, "dispute.updated");

    /** The topics, as the producers publish them. */
    static final class Topics {
        static final String BOOKINGS = "booking.bookings";
        static final String PAYMENTS = "payment.payments";
        static final String USERS = "identity.users";
        static final String KYC = "identity.kyc";
        static final String MESSAGES = "messaging.messages";
        static final String DISPUTES = "booking.disputes";

        private Topics() {
        }
    }

    private final String topic;
    private final String wire;

    HeardEvent(String topic, String wire) {
        this.topic = topic;
        this.wire = wire;
    }

    String topic() {
        return topic;
    }

    String wire() {
        return wire;
    }

    /** The producer's folder in contracts (booking-service …). */
    String producer() {
        return switch (topic) {
            case Topics.BOOKINGS, Topics.DISPUTES -> "booking-service";
            case Topics.PAYMENTS -> "payment-service";
            case Topics.USERS, Topics.KYC -> "identity-service";
            default -> "messaging-service";
        };
    }

    static Optional<HeardEvent> of(String topic, String type) {
        return Arrays.stream(values()).filter(t -> t.topic.equals(topic) && t.wire.equals(type)).findFirst();
    }
}
