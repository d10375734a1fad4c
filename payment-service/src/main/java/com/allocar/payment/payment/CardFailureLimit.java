package com.allocar.payment.payment;

import java.time.Duration;
import java.time.Instant;

/**
 * The spec's anti-fraud rule: after {@code max} failed card payments within {@code window}, the payer may not try
 * a card again until the oldest failure leaves the window.
 */
public record CardFailureLimit(int max, Duration window) {

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    public boolean blocks(long failedInWindow) {
        return failedInWindow >= max;
    }
}
