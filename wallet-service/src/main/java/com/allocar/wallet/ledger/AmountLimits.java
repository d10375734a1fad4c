package com.allocar.wallet.ledger;

import java.math.BigDecimal;

import com.allocar.platform.api.ApiException;

/**
 * A user-chosen amount (topup, withdrawal): between the feature's minimum and the wallet's maximum, in whole francs
 * (XOF has no subunit; providers and payment-service refuse fractions).
 */
public final class AmountLimits {

    private AmountLimits() {
    }

    public static void check(BigDecimal amount, BigDecimal min, BigDecimal max) {
        if (amount.signum() <= 0) {
            throw ApiException.validation("amount", "must be greater than 0");
        }
        if (amount.stripTrailingZeros().scale() > 0) {
            throw ApiException.validation("amount", "must be a whole number of XOF");
        }
        if (min != null && amount.compareTo(min) < 0) {
            throw ApiException.validation("amount", "must be at least " + min.toPlainString());
        }
        if (amount.compareTo(max) > 0) {
            throw ApiException.validation("amount", "must be at most " + max.toPlainString());
        }
    }
}
