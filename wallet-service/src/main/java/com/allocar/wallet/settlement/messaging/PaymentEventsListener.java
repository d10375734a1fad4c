package com.allocar.wallet.settlement.messaging;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.settlement.ApplyPayoutOutcome;
import com.allocar.wallet.settlement.ApplyRefund;
import com.allocar.wallet.settlement.CreditBookingPayment;
import com.allocar.wallet.settlement.CreditTopup;
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
    private final CreditBookingPayment bookingPayments;
    private final CreditTopup topups;
    private final ApplyRefund refunds;
    private final ApplyPayoutOutcome payouts;

    PaymentEventsListener(EventReader reader, Inbox inbox, CreditBookingPayment bookingPayments, CreditTopup topups, ApplyRefund refunds,
                          ApplyPayoutOutcome payouts) {
        this.reader = reader;
        this.inbox = inbox;
        this.bookingPayments = bookingPayments;
        this.topups = topups;
        this.refunds = refunds;
        this.payouts = payouts;
    }

    @KafkaListener(topics = TOPIC)
    @Transactional
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        HeardEvent type = HeardEvent.of(event.type()).filter(PaymentEventsListener::handles).orElse(null);
        if (type == null || !inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        switch (type) {
            case PAYMENT_SUCCEEDED -> succeeded(reader.payload(event, PaymentSucceeded.class));
            case PAYMENT_REFUNDED -> {
                PaymentRefunded r = reader.payload(event, PaymentRefunded.class);
                if (r.refundAmount() == null || r.refundAmount().signum() <= 0) {
                    log.warn("payment.refunded {} without a positive refund_amount ignored", r.refundId());
                    return;
                }
                refunds.refunded(new ApplyRefund.Refund(r.refundId(), r.bookingId(), r.userId(), r.driverId(), r.refundAmount(),
                        RefundDestination.WALLET.is(r.destination())));
            }
            case PAYOUT_COMPLETED -> payouts.outcome(reader.payload(event, PayoutOutcome.class).payoutId(), EntryStatus.SETTLED);
            case PAYOUT_FAILED -> payouts.outcome(reader.payload(event, PayoutOutcome.class).payoutId(), EntryStatus.CANCELLED);
            default -> throw new IllegalStateException("unreachable: " + event.type());
        }
    }

    private void succeeded(PaymentSucceeded p) {
        if (PaymentPurpose.TOPUP.is(p.purpose())) {
            topups.toppedUp(p.paymentId(), p.topupId(), p.userId(), p.amount());
        } else if (p.driverId() != null && p.bookingId() != null) {
            bookingPayments.paid(new CreditBookingPayment.BookingPayment(p.paymentId(), p.bookingId(), p.driverId(), p.amount(),
                    p.discount(), p.commission(), p.providerFee()));
        } else {
            log.warn("payment.succeeded {} (purpose {}) without booking_id/driver_id: nothing to write", p.paymentId(), p.purpose());
        }
    }

    private static boolean handles(HeardEvent type) {
        return switch (type) {
            case PAYMENT_SUCCEEDED, PAYMENT_REFUNDED, PAYOUT_COMPLETED, PAYOUT_FAILED -> true;
            default -> false;
        };
    }
}
