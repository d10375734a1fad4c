package com.allocar.notification.events.messaging;

/**
 * The few producer values compared here, each checked against the producers' fixtures by {@code ConsumedContractsTest}:
 * booking's statuses, refund reasons, payment's refund destination, messaging's image type.
 */
final class ProducerValues {

    static final String BOOKING_PAID = "paid";
    static final java.util.Set<String> LIVE_BOOKING = java.util.Set.of("pending", "accepted", BOOKING_PAID);
    static final String REFUND_TRIP_CANCELLED = "trip_cancelled";
    static final String REFUND_LATE_PAYMENT = "late_payment";
    static final String DESTINATION_WALLET = "wallet";
    static final String MESSAGE_IMAGE = "image";

    /** booking-service's dispute statuses (DisputeStatus wire names). */
    static final String DISPUTE_IN_REVIEW = "in_review";
    static final String DISPUTE_RESOLVED = "resolved";
    static final String DISPUTE_REJECTED = "rejected";

    private ProducerValues() {
    }
}
