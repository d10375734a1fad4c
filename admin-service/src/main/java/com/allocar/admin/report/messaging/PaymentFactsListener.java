package com.allocar.admin.report.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.admin.report.FinanceFacts;
import com.allocar.platform.events.DeadLetters;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * payment-service's money events on {@code payment.payments} ({@code payment.succeeded}, {@code payment.refunded},
 * {@code payout.completed}) become finance facts, each once (inbox in the same transaction, and the row's key is the
 * event id). Failures change no money and are not kept; an event that does not read as its contract goes to
 * {@code payment.payments.dlt}, never dropped.
 */
@Component
class PaymentFactsListener {

    static final String CONSUMER = "admin.finance";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Succeeded(UUID paymentId, String purpose, BigDecimal amount, BigDecimal commission, BigDecimal providerFee, String provider,
                     Instant paidAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Refunded(UUID refundId, BigDecimal refundAmount, String destination, Instant refundedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PayoutCompleted(UUID payoutId, BigDecimal amount, String provider, Instant completedAt) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final FinanceFacts facts;

    PaymentFactsListener(EventReader reader, Inbox inbox, FinanceFacts facts) {
        this.reader = reader;
        this.inbox = inbox;
        this.facts = facts;
    }

    @KafkaListener(topics = "payment.payments")
    @Transactional
    public void on(String message) {
        EventEnvelope event;
        try {
            event = reader.envelope(message);
        } catch (RuntimeException e) {
            throw new DeadLetters.PoisonEvent("a record of payment.payments that is no event: " + e);
        }
        switch (event.type()) {
            case "payment.succeeded" -> {
                Succeeded p = reader.contract(event, Succeeded.class);
                require(event, p.amount() != null && p.paidAt() != null && p.purpose() != null);
                keep(event, () -> facts.add(event.eventId(), FinanceFacts.Kind.PAYMENT, p.purpose(), p.paidAt(), p.amount(), p.commission(),
                        p.providerFee(), p.provider()));
            }
            case "payment.refunded" -> {
                Refunded r = reader.contract(event, Refunded.class);
                require(event, r.refundAmount() != null && r.refundedAt() != null);
                keep(event, () -> facts.add(event.eventId(), FinanceFacts.Kind.REFUND, null, r.refundedAt(), r.refundAmount(), null, null,
                        r.destination()));
            }
            case "payout.completed" -> {
                PayoutCompleted c = reader.contract(event, PayoutCompleted.class);
                require(event, c.amount() != null && c.completedAt() != null);
                keep(event, () -> facts.add(event.eventId(), FinanceFacts.Kind.PAYOUT, null, c.completedAt(), c.amount(), null, null,
                        c.provider()));
            }
            default -> {
                // payment.failed, payout.failed: no money moved
            }
        }
    }

    private void keep(EventEnvelope event, Runnable add) {
        if (inbox.firstDelivery(event.eventId(), CONSUMER)) {
            add.run();
        }
    }


    private static void require(EventEnvelope event, boolean complete) {
        if (!complete) {
            throw new DeadLetters.PoisonEvent(event.type() + " " + event.eventId() + " lacks an amount or a time");
        }
    }
}
