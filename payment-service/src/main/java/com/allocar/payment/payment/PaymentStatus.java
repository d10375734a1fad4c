package com.allocar.payment.payment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.allocar.platform.api.ApiException;

/**
 * The spec's payment lifecycle: init → authorized? → paid | failed; paid → refunded. Failed and refunded are
 * final. The only place that says which status may follow which.
 */
public enum PaymentStatus {
    INIT, AUTHORIZED, PAID, FAILED, REFUNDED;

    public Set<PaymentStatus> next() {
        return switch (this) {
            case INIT -> EnumSet.of(AUTHORIZED, PAID, FAILED);
            case AUTHORIZED -> EnumSet.of(PAID, FAILED);
            case PAID -> EnumSet.of(REFUNDED);
            case FAILED, REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    public boolean canBecome(PaymentStatus target) {
        return next().contains(target);
    }

    /**
     * Checks a transition. Asking for the status the payment already has is a harmless repeat (a redelivered
     * webhook): {@code false}, nothing to do. An illegal one is a 409 {@code conflict} carrying current + allowed.
     *
     * @return true when the status must change
     */
    public boolean moveTo(PaymentStatus target) {
        if (this == target) {
            return false;
        }
        if (!canBecome(target)) {
            throw cannotBecome(target);
        }
        return true;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Still waiting for the provider's answer. */
    public boolean inFlight() {
        return this == INIT || this == AUTHORIZED;
    }

    public ApiException cannotBecome(PaymentStatus target) {
        return ApiException.conflict("Payment is " + wire() + " and cannot become " + target.wire(),
                Map.of("current", wire(), "allowed", next().stream().map(PaymentStatus::wire).sorted().toList()));
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentStatus fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
