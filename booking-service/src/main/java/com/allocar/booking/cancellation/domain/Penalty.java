package com.allocar.booking.cancellation.domain;

import java.math.BigDecimal;

/** A driver's penalty: a fine held from future payouts and points off the reliability score. */
public record Penalty(BigDecimal amount, int scorePoints) {
}
