package com.allocar.booking.api;

import com.allocar.platform.events.EventType;

/** Every event type booking-service publishes (ADR 006): its topic, its outbox aggregate type and its wire name. */
public enum BookingEventType implements EventType {
    BOOKING_CREATED(BookingEventType.BOOKINGS, "booking", "booking.created"),
    BOOKING_ACCEPTED(BookingEventType.BOOKINGS, "booking", "booking.accepted"),
    BOOKING_REJECTED(BookingEventType.BOOKINGS, "booking", "booking.rejected"),
    BOOKING_PAID(BookingEventType.BOOKINGS, "booking", "booking.paid"),
    BOOKING_CANCELLED(BookingEventType.BOOKINGS, "booking", "booking.cancelled"),
    BOOKING_CHECKED_IN(BookingEventType.BOOKINGS, "booking", "booking.checked_in"),
    BOOKING_COMPLETED(BookingEventType.BOOKINGS, "booking", "booking.completed"),
    BOOKING_NO_SHOW(BookingEventType.BOOKINGS, "booking", "booking.no_show"),
    /** The trip's departure moved: status unchanged, departure_time the new one. */
    BOOKING_RESCHEDULED(BookingEventType.BOOKINGS, "booking", "booking.rescheduled"),
    /**
     * The passenger's check-in short code, born with the payment (same transaction, right after {@code booking.paid}):
     * for the passenger's own channels (notification-service's confirmation). A secret on the bus — the QR is never
     * published, and the code is worth nothing without the booking's driver presenting it, once.
     */
    CHECK_IN_ISSUED(BookingEventType.BOOKINGS, "booking", "check_in.issued"),
    /** The cancellation rules' decision; payment-service executes it (refund_id is its idempotency key). */
    REFUND_REQUESTED(BookingEventType.BOOKINGS, "booking", "refund.requested"),
    /** A driver's late cancellation; wallet-service holds the fine from future payouts. */
    DRIVER_PENALIZED(BookingEventType.BOOKINGS, "booking", "driver.penalized"),
    /** Key = rated user id. */
    USER_RATING_UPDATED(BookingEventType.RATINGS, "user", "user.rating_updated"),
    /** A party opened a dispute about a booking. Key = dispute id. */
    DISPUTE_OPENED(BookingEventType.DISPUTES, "dispute", "dispute.opened"),
    /** Staff moved a dispute on (in_review) or decided it (resolved | rejected), or edited its resolution. Key = dispute id. */
    DISPUTE_UPDATED(BookingEventType.DISPUTES, "dispute", "dispute.updated");

    /** Key = booking id. Also carries {@code refund.requested} and {@code driver.penalized}. */
    public static final String BOOKINGS = "booking.bookings";
    /** Key = rated user id. */
    public static final String RATINGS = "booking.ratings";
    /** Key = dispute id. */
    public static final String DISPUTES = "booking.disputes";

    private final String topic;
    private final String aggregateType;
    private final String wire;

    BookingEventType(String topic, String aggregateType, String wire) {
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.wire = wire;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public String wire() {
        return wire;
    }
}
