package com.allocar.payment.payment;

import java.util.Set;

import com.allocar.platform.lifecycle.IllegalTransition;
import com.allocar.platform.lifecycle.Lifecycle;

/**
 * The spec's payment lifecycle: init → authorized? → paid | failed; paid → refunded. Failed and refunded are
 * final. The only place that says which status may follow which; a refused move is an {@link IllegalTransition}
 * (409 conflict, {current, allowed}).
 */
public enum PaymentStatus {
    INIT, AUTHORIZED, PAID, FAILED, REFUNDED;

    private static final Lifecycle<PaymentStatus> LIFECYCLE = Lifecycle.of("Payment", PaymentStatus.class)
            .from(INIT).to(AUTHORIZED, PAID, FAILED)
            .from(AUTHORIZED).to(PAID, FAILED)
            .from(PAID).to(REFUNDED)
            .build();

    public Set<PaymentStatus> next() {
        return LIFECYCLE.next(this);
    }

    public boolean canBecome(PaymentStatus target) {
        return LIFECYCLE.allows(this, target);
    }

    /** Asking for the status the payment already has: a redelivered webhook, answered as done. */
    public boolean isRepeat(PaymentStatus target) {
        return LIFECYCLE.isRepeat(this, target);
    }

    /** @return {@code target}, if this status may move to it; else an {@link IllegalTransition} */
    public PaymentStatus moveTo(PaymentStatus target) {
        return LIFECYCLE.require(this, target);
    }

    public boolean isFinal() {
        return LIFECYCLE.isFinal(this);
    }

    /** Still waiting for the provider's answer. */
    public boolean inFlight() {
        return this == INIT || this == AUTHORIZED;
    }

    public IllegalTransition cannotBecome(PaymentStatus target) {
        return LIFECYCLE.illegal(this, target);
    }

    public String wire() {
        return Lifecycle.wire(this);
    }

    public static PaymentStatus fromWire(String s) {
        return LIFECYCLE.fromWire(s).orElseThrow(() -> new IllegalArgumentException("unknown payment status " + s));
    }
}
