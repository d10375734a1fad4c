package com.allocar.wallet.settlement.messaging;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.allocar.wallet.settlement.Settlements;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * payment-service's {@code payment.payments} → the ledger (ADR 006). Each event applied once: the inbox row joins the
 * ledger writes' transaction. The records below are what wallet-service reads of payment's events, nothing more.
 */
@Component
class PaymentEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PaymentEventsListener.class);
    static final String TOPIC = "payment.payments";
    static final String CONSUMER = "wallet.payments";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentSucceeded(UUID paymentId, String purpose, UUID bookingId, UUID topupId, UUID userId, UUID driverId,
                            BigDecimal amount, BigDecimal discount, BigDecimal commission, BigDecimal providerFee) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentRefunded(UUID refundId, UUID paymentId, UUID bookingId, UUID userId, UUID driverId, BigDecimal refundAmount,
                           String destination) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PayoutOutcome(UUID payoutId, UUID userId) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final Settlements settlements;

    PaymentEventsListener(EventReader reader, Inbox inbox, Settlements settlements) {
        this.reader = reader;
        this.inbox = inbox;
        this.settlements = settlements;
    }

    @KafkaListener(topics = TOPIC)
    @Transactional
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        if (!handles(event.type()) || !inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        switch (event.type()) {
            case "payment.succeeded" -> succeeded(reader.payload(event, PaymentSucceeded.class));
            case "payment.refunded" -> {
                PaymentRefunded r = reader.payload(event, PaymentRefunded.class);
                if (r.refundAmount() == null || r.refundAmount().signum() <= 0) {
                    log.warn("payment.refunded {} without a positive refund_amount ignored", r.refundId());
                    return;
                }
                settlements.refunded(r.refundId(), r.bookingId(), r.userId(), r.driverId(), r.refundAmount(),
                        "wallet".equals(r.destination()));
            }
            case "payout.completed" -> settlements.payoutOutcome(reader.payload(event, PayoutOutcome.class).payoutId(), true);
            case "payout.failed" -> settlements.payoutOutcome(reader.payload(event, PayoutOutcome.class).payoutId(), false);
            default -> throw new IllegalStateException("unreachable: " + event.type());
        }
    }

    private void succeeded(PaymentSucceeded p) {
        if ("topup".equals(p.purpose())) {
            settlements.toppedUp(p.paymentId(), p.topupId(), p.userId(), p.amount());
        } else if (p.driverId() != null && p.bookingId() != null) {
            settlements.bookingPaid(p.paymentId(), p.bookingId(), p.driverId(), p.amount(), p.discount(), p.commission(), p.providerFee());
        } else {
            log.warn("payment.succeeded {} (purpose {}) without booking_id/driver_id: nothing to write", p.paymentId(), p.purpose());
        }
    }

    static boolean handles(String type) {
        return switch (type) {
            case "payment.succeeded", "payment.refunded", "payout.completed", "payout.failed" -> true;
            default -> false;
        };
    }
}
