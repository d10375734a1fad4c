package com.allocar.booking.cancellation.domain;

import java.util.List;

/** The cancellation policy: the rules, of which exactly one applies to each case. */
public final class CancellationRules {

    private final List<CancellationRule> rules;

    public CancellationRules(CancellationSettings s) {
        this.rules = List.of(new PassengerEarlyCancellationFullRefund(s), new PassengerLateCancellationFee(s),
                new DriverEarlyCancellationFullRefund(s), new DriverLateCancellationPenalty(s), new NoShowFee(s),
                new SystemCancellationFullRefund(), new LatePaymentFullRefund(), new StaffTripCancellationFullRefund(),
                new StaffArbitrationRefund());
    }

    public CancellationOutcome decide(CancellationCase c) {
        List<CancellationRule> matching = rules.stream().filter(r -> r.appliesTo(c)).toList();
        if (matching.size() != 1) { // a gap or an overlap in the policy is a bug, not a client error
            throw new IllegalStateException("expected exactly one cancellation rule for " + c + ", found " + matching);
        }
        return matching.getFirst().decide(c);
    }
}
