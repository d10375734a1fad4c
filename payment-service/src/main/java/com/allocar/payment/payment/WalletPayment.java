package com.allocar.payment.payment;

import java.util.UUID;

import com.allocar.payment.wallet.Direction;
import com.allocar.payment.wallet.EntryStatus;
import com.allocar.payment.wallet.RefType;
import com.allocar.payment.wallet.Source;
import com.allocar.payment.wallet.Wallets;

import org.springframework.stereotype.Component;

/**
 * Pays a booking from the passenger's wallet: a settled debit keyed by the payment id (a retry debits once), then the
 * payment is paid; a debit above the balance fails the payment and answers 402 insufficient_funds.
 */
@Component
class WalletPayment {

    private final Wallets wallets;
    private final PaymentOutcomes outcomes;
    private final PaymentRepository payments;

    WalletPayment(Wallets wallets, PaymentOutcomes outcomes, PaymentRepository payments) {
        this.wallets = wallets;
        this.outcomes = outcomes;
        this.payments = payments;
    }

    StartedPayment pay(Payment p) {
        UUID id = p.id();
        try {
            wallets.write(p.userId(), new Wallets.Entry(id, Direction.DEBIT, p.amount(), Source.PAYMENT, EntryStatus.SETTLED, RefType.BOOKING,
                    p.bookingId(), "Booking payment"));
        } catch (Wallets.InsufficientFunds e) {
            outcomes.failed(id, FailureReason.INSUFFICIENT_FUNDS.wire());
            throw e;
        }
        outcomes.paid(id, null);
        return StartedPayment.of(payments.find(id).orElseThrow());
    }
}
