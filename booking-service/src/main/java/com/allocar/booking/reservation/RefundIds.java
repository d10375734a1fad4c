package com.allocar.booking.reservation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** payment-service's idempotency keys of our refunds (ADR 006): the same decision always carries the same id. */
public final class RefundIds {

    private RefundIds() {
    }

    /** refund_id of the refund of a cancelled booking: one per booking cancellation. */
    public static UUID ofCancellation(UUID bookingId) {
        return UUID.nameUUIDFromBytes(("refund:" + bookingId).getBytes(StandardCharsets.UTF_8));
    }

    /** refund_id of a payment that arrived for a booking that could not take it. */
    public static UUID ofPayment(UUID paymentId) {
        return UUID.nameUUIDFromBytes(("refund:payment:" + paymentId).getBytes(StandardCharsets.UTF_8));
    }

    /** penalty_id of a driver's penalty: one per booking. */
    static UUID ofPenalty(UUID bookingId) {
        return UUID.nameUUIDFromBytes(("penalty:" + bookingId).getBytes(StandardCharsets.UTF_8));
    }
}
