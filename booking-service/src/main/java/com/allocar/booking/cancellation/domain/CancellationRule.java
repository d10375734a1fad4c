package com.allocar.booking.cancellation.domain;

/** One rule of the cancellation policy; exactly one rule applies to any case (see {@link CancellationRules}). */
public interface CancellationRule {

    boolean appliesTo(CancellationCase c);

    CancellationOutcome decide(CancellationCase c);
}
