package com.allocar.platform.sms;

import java.time.Instant;

/**
 * What the active contracts still allow.
 *
 * @param availableUnits SMS left, all active contracts together
 * @param expiresAt      when the first of them expires, null when none says
 */
public record SmsBalance(long availableUnits, Instant expiresAt) {
}
