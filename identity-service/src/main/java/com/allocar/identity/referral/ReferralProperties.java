package com.allocar.identity.referral;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Bonuses in XOF (paid by wallet-service when the referee's first ride completes) and how long after sign-up a code may be applied. */
@ConfigurationProperties("allocar.identity.referral")
public record ReferralProperties(BigDecimal bonusReferrer, BigDecimal bonusReferee, Duration window) {
}
