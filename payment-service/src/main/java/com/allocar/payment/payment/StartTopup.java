package com.allocar.payment.payment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.Providers;
import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wallet-service's top-ups: a provider payment credited to the wallet when paid; idempotent on topup_id. */
@Service
public class StartTopup {

    private final PaymentRepository payments;
    private final PaymentFees fees;
    private final Providers providers;
    private final ProviderCheckout checkout;
    private final TransactionTemplate tx;

    StartTopup(PaymentRepository payments, PaymentFees fees, Providers providers, ProviderCheckout checkout, PlatformTransactionManager txm) {
        this.payments = payments;
        this.fees = fees;
        this.providers = providers;
        this.checkout = checkout;
        this.tx = new TransactionTemplate(txm);
    }

    public record TopupCommand(UUID topupId, UUID userId, BigDecimal amount, PaymentMethod method, String msisdn) {
    }

    public StartedPayment topup(TopupCommand cmd) {
        PaymentMethod method = cmd.method();
        if (method == PaymentMethod.WALLET) {
            throw ApiException.validation("method", "a wallet cannot top itself up");
        }
        if (method.needsMsisdn() && cmd.msisdn() == null) {
            throw ApiException.validation("msisdn", "is required for " + method.wire());
        }
        PaymentProvider adapter = providers.get(method.provider());
        Payment payment = tx.execute(s -> payments.findByTopup(cmd.topupId()).map(existing -> {
            if (!existing.userId().equals(cmd.userId()) || existing.amount().compareTo(cmd.amount()) != 0 || existing.method() != method) {
                throw ApiException.conflict("This topup_id was used with other details", Map.of("topup_id", cmd.topupId().toString()));
            }
            return existing;
        }).orElseGet(() -> {
            Payment p = Payment.start(Payment.Purpose.TOPUP, new Payment.Parties(null, cmd.topupId(), cmd.userId(), null), method,
                    fees.topup(method, cmd.amount()), cmd.msisdn(), null);
            payments.insert(p);
            return p;
        }));
        if (payment.checkoutUrl() != null || !payment.status().inFlight()) {
            return StartedPayment.of(payment);
        }
        return checkout.start(payment, adapter);
    }
}
