package com.allocar.booking.cancellation.domain;

import java.math.BigDecimal;
import java.util.Optional;

import com.allocar.booking.api.RefundReason;

/**
 * A staff member settles a booking by cancelling it: exactly the refund they named goes back (between nothing and all
 * that was paid), the rest is kept as the fee; no driver penalty — staff judged the case, no window applies.
 */
public final class StaffArbitrationRefund implements CancellationRule {

    @Override
    public boolean appliesTo(CancellationCase c) {
        return c.initiator() == Initiator.STAFF_ARBITRATION;
    }

    @Override
    public CancellationOutcome decide(CancellationCase c) {
        BigDecimal refund = c.arbitratedRefund();
        if (refund == null || refund.signum() < 0 || refund.compareTo(c.amountPaid()) > 0) {
            // the booking checks the amount against what was paid before asking: reaching here is a bug
            throw new IllegalArgumentException("an arbitrated refund is between 0 and the amount paid, got " + refund);
        }
        BigDecimal money = CancellationOutcome.money(refund);
        return new CancellationOutcome(money, CancellationOutcome.money(c.amountPaid().subtract(refund)), RefundReason.ADMIN,
                Optional.empty(), getClass().getSimpleName());
    }
}
