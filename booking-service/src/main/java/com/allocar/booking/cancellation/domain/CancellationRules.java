package com.allocar.booking.cancellation.domain;

import java.util.List;
import java.util.function.Supplier;

/**
 * The cancellation policy: the rules, of which exactly one applies to each case, with the admin's variables in force
 * when the case is decided (staff may change them at any time).
 */
public final class CancellationRules {

    private final Supplier<CancellationSettings> settings;

    public CancellationRules(CancellationSettings s) {
        this(() -> s);
    }

    /** @param settings the variables in force, asked for each decision */
    public CancellationRules(Supplier<CancellationSettings> settings) {
        this.settings = settings;
    }

    private static List<CancellationRule> rules(CancellationSettings s) {
        return List.of(new PassengerEarlyCancellationFullRefund(s), new PassengerLateCancellationFee(s),
                new DriverEarlyCancellationFullRefund(s), new DriverLateCancellationPenalty(s), new NoShowFee(s),
                new SystemCancellationFullRefund(), new LatePaymentFullRefund(), new StaffTripCancellationFullRefund(),
                new StaffArbitrationRefund());
    }

    public CancellationOutcome decide(CancellationCase c) {
        List<CancellationRule> matching = rules(settings.get()).stream().filter(r -> r.appliesTo(c)).toList();
        if (matching.size() != 1) { // a gap or an overlap in the policy is a bug, not a client error
            throw new IllegalStateException("expected exactly one cancellation rule for " + c + ", found " + matching);
        }
        return matching.getFirst().decide(c);
    }
}
