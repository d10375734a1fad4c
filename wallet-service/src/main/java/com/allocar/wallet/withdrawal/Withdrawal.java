package com.allocar.wallet.withdrawal;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.events.AggregateRoot;
import com.allocar.wallet.api.WalletEvents;
import com.allocar.wallet.api.WithdrawalMethod;

/**
 * A user's request to withdraw, once its pending payout debit reserved the money (that entry is its only row: the
 * withdrawal id is the entry id). Requesting it records {@link WithdrawalRequested}, which asks payment-service to pay.
 */
final class Withdrawal extends AggregateRoot {

    /** Where the money goes. */
    record Payee(WithdrawalMethod method, String msisdn) {
    }

    private Withdrawal() {
    }

    /** The money of {@code walletId} is reserved: asks for it to be disbursed. */
    static Withdrawal requested(UUID withdrawalId, UUID userId, UUID walletId, BigDecimal amount, String currency, Payee payee) {
        Withdrawal w = new Withdrawal();
        w.record(new WithdrawalRequested(walletId, new WalletEvents.WithdrawalRequested(withdrawalId, userId,
                amount, currency, payee.method(), payee.msisdn())));
        return w;
    }
}
