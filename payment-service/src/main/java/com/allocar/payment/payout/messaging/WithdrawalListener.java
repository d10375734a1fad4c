package com.allocar.payment.payout.messaging;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.payment.payout.Payouts;
import com.allocar.platform.events.Inbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code wallet.withdrawal_requested}: wallet-service reserved the money, we disburse it (payout_id = withdrawal_id). */
@Component
class WithdrawalListener {

    static final String WITHDRAWAL_REQUESTED = "wallet.withdrawal_requested";
    static final String CONSUMER = "payment.withdrawals";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WithdrawalRequested(UUID withdrawalId, UUID userId, BigDecimal amount, String currency, String method, String msisdn) {
    }

    private final Inbox inbox;
    private final Payouts payouts;

    WithdrawalListener(Inbox inbox, Payouts payouts) {
        this.inbox = inbox;
        this.payouts = payouts;
    }

    @KafkaListener(topics = "${allocar.payment.wallet-topic:wallet.txns}")
    @Transactional
    public void on(String message) {
        inbox.accept(message, WITHDRAWAL_REQUESTED, WithdrawalRequested.class, CONSUMER)
                .ifPresent(w -> payouts.withdraw(w.withdrawalId(), w.userId(), w.amount(), w.method(), w.msisdn()));
    }
}
