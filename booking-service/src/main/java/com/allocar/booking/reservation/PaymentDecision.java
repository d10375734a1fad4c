package com.allocar.booking.reservation;

import java.util.UUID;

/**
 * What the saga does with a {@code payment.succeeded}, from the booking's state and what trip-service said of the hold.
 * A pure function: no Spring, no broker, no database.
 */
public sealed interface PaymentDecision {

    /** Accepted and its hold confirmed: the booking becomes paid. */
    record Pay() implements PaymentDecision {
    }

    /** The same payment announced twice (two event ids): nothing to do. */
    record Duplicate() implements PaymentDecision {
    }

    /** Accepted since we looked, so the hold was never confirmed: roll back and let the event come again. */
    record Retry() implements PaymentDecision {
    }

    /** Accepted, but its hold ran out before the money came: nothing to sell any more; cancel it and refund. */
    record CancelAndRefund() implements PaymentDecision {
    }

    /** A booking that cannot take money (pending, cancelled, completed, paid by another payment): refund only. */
    record RefundOnly() implements PaymentDecision {
    }

    /**
     * @param status           the booking's status, locked
     * @param paidBy           the payment the booking is paid by, if any
     * @param payment          the payment announced
     * @param confirmAttempted the booking was accepted when we asked trip-service to confirm its hold
     * @param holdConfirmed    trip-service confirmed the hold
     */
    static PaymentDecision of(BookingStatus status, UUID paidBy, UUID payment, boolean confirmAttempted, boolean holdConfirmed) {
        if (status == BookingStatus.ACCEPTED && holdConfirmed) {
            return new Pay();
        }
        if (status == BookingStatus.PAID && payment.equals(paidBy)) {
            return new Duplicate();
        }
        if (status == BookingStatus.ACCEPTED && !confirmAttempted) {
            return new Retry();
        }
        if (status == BookingStatus.ACCEPTED) {
            return new CancelAndRefund();
        }
        return new RefundOnly();
    }
}
