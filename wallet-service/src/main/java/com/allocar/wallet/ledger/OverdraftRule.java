package com.allocar.wallet.ledger;

import java.math.BigDecimal;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.Source;

/**
 * A debit may not exceed what is available (ADR 006), except a {@code penalty} (the fine is held from future
 * earnings, the balance may go below zero), a {@code reversal} (taking back an earning already settled) and any
 * debit of the platform's own wallet (it funds promos and absorbs refunds).
 */
public final class OverdraftRule {

    private OverdraftRule() {
    }

    public static boolean mayOverdraw(Source source, boolean platformWallet) {
        return platformWallet || source == Source.PENALTY || source == Source.REVERSAL;
    }

    /** @throws InsufficientFunds when the debit does not fit */
    public static void check(Direction direction, BigDecimal amount, Source source, boolean platformWallet, Holdings holdings) {
        if (direction == Direction.DEBIT && !mayOverdraw(source, platformWallet) && amount.compareTo(holdings.available()) > 0) {
            throw new InsufficientFunds(holdings.available().max(BigDecimal.ZERO), amount);
        }
    }

    /** 402 {@code insufficient_funds} with {@code {available, requested}}. */
    public static final class InsufficientFunds extends ApiException {

        public InsufficientFunds(BigDecimal available, BigDecimal requested) {
            super(ErrorCode.INSUFFICIENT_FUNDS, "Insufficient funds", Map.of("available", available, "requested", requested));
        }
    }
}
