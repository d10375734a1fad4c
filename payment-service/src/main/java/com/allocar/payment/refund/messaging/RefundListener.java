package com.allocar.payment.refund.messaging;

import com.allocar.payment.refund.Refunds;
import com.allocar.platform.events.Inbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code refund.requested} from booking-service: the cancellation rules decided, we move the money. */
@Component
class RefundListener {

    static final String REFUND_REQUESTED = "refund.requested";
    static final String CONSUMER = "payment.refunds";

    private final Inbox inbox;
    private final Refunds refunds;

    RefundListener(Inbox inbox, Refunds refunds) {
        this.inbox = inbox;
        this.refunds = refunds;
    }

    @KafkaListener(topics = "${allocar.payment.booking-topic:booking.bookings}")
    @Transactional
    public void on(String message) {
        inbox.accept(message, REFUND_REQUESTED, Refunds.RefundRequested.class, CONSUMER).ifPresent(refunds::execute);
    }
}
